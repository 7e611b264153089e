package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import java.time.LocalDate;
import java.util.List;

/** A registered fact "persoon is ouder/voogd/vertegenwoordiger of kind", with dates. */
@Entity
@Table(name = "relatie")
public class Relatie extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "persoon_id")
    public Persoon persoon;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "kind_id")
    public Persoon kind;
    @Enumerated(EnumType.STRING)
    public Relatiesoort soort;
    public boolean gezag;
    public LocalDate vanaf;
    public LocalDate tot;
    /** The bronsysteem's own id (registratie API). */
    public String bronId;

    public boolean geldigOp(LocalDate dag) {
        return !vanaf.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }

    public static List<Relatie> vanPersoon(Persoon persoon) {
        return list("select r from Relatie r join fetch r.kind where r.persoon = ?1 order by r.kind.geboortedatum",
                persoon);
    }

    /** The children (or adults, for a vertegenwoordiger) this person has a relation with on that day. */
    public static List<Persoon> kinderenVan(Persoon persoon, LocalDate dag) {
        return vanPersoon(persoon).stream().filter(r -> r.geldigOp(dag)).map(r -> r.kind).toList();
    }

    public static List<Relatie> vanKinderen(List<Persoon> kinderen) {
        return list("select r from Relatie r join fetch r.persoon where r.kind in ?1", kinderen);
    }
}
