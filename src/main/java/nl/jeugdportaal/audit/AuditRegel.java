package nl.jeugdportaal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the access log, for reading. {@link Audit} writes the rows with its own statement;
 * PostgreSQL refuses changes.
 */
@Entity
@Immutable
@Table(name = "audit_regel")
public class AuditRegel extends PanacheEntityBase {
    @Id
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
