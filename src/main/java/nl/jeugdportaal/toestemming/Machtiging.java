package nl.jeugdportaal.toestemming;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;

/** A client lets a vertrouwenspersoon act for them, for a period, until withdrawn. */
@Entity
@Table(name = "machtiging")
public class Machtiging extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Persoon client;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "vertrouwenspersoon_id")
    public Persoon vertrouwenspersoon;
    public LocalDate vanaf;
    public LocalDate tot;
    public Instant ingetrokkenOp;

    public boolean geldigOp(LocalDate dag) {
        return ingetrokkenOp == null && !vanaf.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }

    public static List<Machtiging> vanVertrouwenspersoon(Persoon vertrouwenspersoon) {
        return list("select m from Machtiging m join fetch m.client where m.vertrouwenspersoon = ?1",
                vertrouwenspersoon);
    }
}
