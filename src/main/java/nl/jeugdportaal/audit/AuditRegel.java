package nl.jeugdportaal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;

/** One line of the access log. Rows are only ever added; PostgreSQL refuses changes. */
@Entity
@Table(name = "audit_regel")
public class AuditRegel extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "audit_regel_seq", sequenceName = "audit_regel_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_regel_seq")
    public Long id;
    public Instant tijdstip;
    public Long actorId;
    public String actorRol;
    public Long namensId;
    public Long betreftId;
    public Long dossierId;
    public Long stukId;
    @Enumerated(EnumType.STRING)
    public Actie actie;
    @Enumerated(EnumType.STRING)
    public Uitkomst uitkomst;
    public String regel;
    public String toelichting;
}
