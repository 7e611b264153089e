package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    public Geldigheid geldigheid(LocalDate dag) {
        return Geldigheid.op(dag, vanaf, tot, ingetrokkenOp);
    }

    public boolean geldigOp(LocalDate dag) {
        return geldigheid(dag) == Geldigheid.GELDIG;
    }

    public static List<Machtiging> vanVertrouwenspersoon(Persoon vertrouwenspersoon) {
        return list("select m from Machtiging m join fetch m.client where m.vertrouwenspersoon = ?1",
                vertrouwenspersoon);
    }

    public static List<Machtiging> vanClient(Persoon client) {
        return list("select m from Machtiging m join fetch m.vertrouwenspersoon where m.client = ?1"
                + " order by m.vanaf desc, m.id desc", client);
    }

    /** The clients this vertrouwenspersoon may act for on that day: their complaints and requests are on her lists. */
    public static List<Persoon> geldigeClienten(Persoon vertrouwenspersoon, LocalDate dag) {
        return vanVertrouwenspersoon(vertrouwenspersoon).stream().filter(m -> m.geldigOp(dag)).map(m -> m.client)
                .distinct().toList();
    }

    /** The machtigingen of these clients that hold on that day. */
    public static List<Machtiging> geldigVanClienten(List<Persoon> clienten, LocalDate dag) {
        if (clienten.isEmpty()) {
            return List.of();
        }
        return Machtiging.<Machtiging>list("select m from Machtiging m join fetch m.client"
                + " join fetch m.vertrouwenspersoon where m.client in ?1 order by m.id", clienten)
                .stream().filter(m -> m.geldigOp(dag)).toList();
    }
}
