package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** A child protection measure ordered by the kinderrechter, with its dates. */
@Entity
@Table(name = "maatregel")
public class Maatregel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    @Enumerated(EnumType.STRING)
    public MaatregelSoort soort;
    public LocalDate begindatum;
    /** Empty for voogdij, which lasts until the child turns 18. */
    public LocalDate einddatum;
    /** The bronsysteem's own id (registratie API). */
    public String bronId;

    public boolean loopt(LocalDate dag) {
        return !begindatum.isAfter(dag) && (einddatum == null || !einddatum.isBefore(dag));
    }
}
