package nl.jeugdportaal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the access log, for reading: one event or one page view (V80). {@link Audit} writes
 * the rows with its own statement; PostgreSQL refuses changes. In HQL, {@code een_van(a.betreft, :p)}
 * finds the rows about a person.
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
    /** The client id of a system that acted (the registratie API), when no person did. */
    public String actorClient;
    public Long namensId;
    public Long dossierId;
    @Enumerated(EnumType.STRING)
    public Actie actie;
    @Enumerated(EnumType.STRING)
    public Uitkomst uitkomst;
    public String regel;
    public String toelichting;
    /** Whose data was shown or changed (for a refusal: whose data was asked for). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Long> betreft;
    /** Persons whose stukken a page view only refused: for the FG, not for the clients' own log. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Long> betreftGeweigerd;
    /** The stukken shown, and the rule that allowed each ({@link #stukRegels}, same order). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Long> stukken;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> stukRegels;
    /** The stukken refused, and the rule that refused each ({@link #geweigerdRegels}, same order). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Long> geweigerd;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> geweigerdRegels;
}
