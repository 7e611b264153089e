package nl.jeugdportaal.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.jeugdportaal.registratie.Persoon;

/** One doel, afspraak or voorwaarde of the veiligheidsplan or the plan van aanpak (seed 001). */
@Entity
@Table(name = "planpunt")
public class Planpunt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    public Plan plan;
    @Enumerated(EnumType.STRING)
    public Onderdeel onderdeel;
    @Enumerated(EnumType.STRING)
    public Soort soort;
    public String tekst;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int volgorde;
    /** Whom the point is about besides the family the plan is made with; see V88. */
    @ManyToMany
    @JoinTable(name = "planpunt_over", joinColumns = @JoinColumn(name = "planpunt_id"),
            inverseJoinColumns = @JoinColumn(name = "persoon_id"))
    public Set<Persoon> over = new LinkedHashSet<>();

    public enum Onderdeel {
        VEILIGHEIDSPLAN, PLAN_VAN_AANPAK
    }

    public enum Soort {
        DOEL, AFSPRAAK, VOORWAARDE
    }

    /** The page says it in words ({@link PlanTekst#puntStatus}), so the status never depends on colour alone. */
    public enum Status {
        NOG_NIET_BEGONNEN, BEZIG, GELUKT, NIET_GELUKT
    }
}
