package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dossier stands in the name of the child (seed 000 §4). */
@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "kind_id")
    public Persoon kind;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "jeugdbeschermer_id")
    public Persoon jeugdbeschermer;
    public LocalDate geopend;
    /** The bronsysteem's own id (registratie API). */
    public String bronId;
    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
    @OrderBy("begindatum")
    public List<Maatregel> maatregelen = new ArrayList<>();

    /** The leidinggevende of the jeugdbeschermer's team: the one who handles Stap 2 of a complaint (DOMAIN §4). */
    public Optional<Persoon> leidinggevende() {
        return Optional.ofNullable(jeugdbeschermer.team).map(t -> t.leidinggevende);
    }

    public List<Maatregel> lopendeMaatregelen(LocalDate dag) {
        return maatregelen.stream().filter(m -> m.loopt(dag)).toList();
    }

    public static Optional<Dossier> vanKind(Persoon kind) {
        return find("select d from Dossier d join fetch d.jeugdbeschermer where d.kind = ?1", kind)
                .firstResultOptional();
    }

    public static List<Dossier> vanKinderen(List<Persoon> kinderen) {
        if (kinderen.isEmpty()) {
            return List.of();
        }
        return list("select distinct d from Dossier d join fetch d.kind join fetch d.jeugdbeschermer"
                + " left join fetch d.maatregelen where d.kind in ?1", kinderen);
    }

    /** The person's own dossier and those of the children they have a relation with on that day. */
    public static List<Dossier> vanBetrokkene(Persoon persoon, LocalDate dag) {
        List<Persoon> kinderen = new ArrayList<>(Relatie.kinderenVan(persoon, dag));
        kinderen.add(persoon);
        return vanKinderen(kinderen);
    }

    /** The dossiers this person works on as jeugdbeschermer or leads as the team's leidinggevende. */
    public static List<Dossier> vanMedewerker(Persoon medewerker) {
        return list("select distinct d from Dossier d join fetch d.kind join fetch d.jeugdbeschermer j left join fetch j.team t"
                + " left join fetch d.maatregelen where j = ?1 or t.leidinggevende = ?1 order by d.kind.achternaam", medewerker);
    }

    public static List<Dossier> alle() {
        return list("select distinct d from Dossier d join fetch d.kind join fetch d.jeugdbeschermer j left join fetch j.team"
                + " left join fetch d.maatregelen order by d.kind.achternaam");
    }
}
