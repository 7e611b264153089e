package nl.jeugdportaal.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;

/**
 * One gezag-holder's choice under Jeugdwet 4.1.2: make their own familiegroepsplan, or waive it. The
 * right is each gezag-holder's own (DOMAIN §2 rule 11), so each chooses for themselves.
 */
@Entity
@Table(name = "familiegroepsplan")
public class Familiegroepsplan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    @Enumerated(EnumType.STRING)
    public Keuze keuze;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gekozen_door")
    public Persoon gekozenDoor;
    public LocalDate gekozenOp;

    public enum Keuze {
        ZELF_MAKEN, AFZIEN
    }

    /** The choices of the gezag-holders of this dossier, oldest first. */
    public static List<Familiegroepsplan> vanDossier(Dossier dossier) {
        return find("select f from Familiegroepsplan f join fetch f.gekozenDoor where f.dossier = ?1 order by f.gekozenOp, f.id",
                dossier).list();
    }

    /** What the gezag-holders chose together, and from when it counts. */
    public record Samen(Keuze keuze, LocalDate op) {
    }

    /**
     * The choice of all of today's gezag-holders together: one who makes their own plan is enough for
     * the plan to be made; waived only when every one of them waived, from the day the last one did,
     * so the six weeks of Jeugdwet 4.1.3 start then. Empty while someone has not chosen yet.
     */
    public static Optional<Samen> samen(List<Familiegroepsplan> keuzes, Collection<Long> gezaghebbers) {
        List<Familiegroepsplan> tellen = keuzes.stream().filter(k -> gezaghebbers.contains(k.gekozenDoor.id)).toList();
        Optional<Familiegroepsplan> zelf = tellen.stream().filter(k -> k.keuze == Keuze.ZELF_MAKEN).findFirst();
        if (zelf.isPresent()) {
            return Optional.of(new Samen(Keuze.ZELF_MAKEN, zelf.get().gekozenOp));
        }
        boolean iedereen = !gezaghebbers.isEmpty() && gezaghebbers.stream()
                .allMatch(g -> tellen.stream().anyMatch(k -> k.gekozenDoor.id.equals(g)));
        return iedereen ? tellen.stream().map(k -> k.gekozenOp).max(LocalDate::compareTo).map(d -> new Samen(Keuze.AFZIEN, d))
                : Optional.empty();
    }
}
