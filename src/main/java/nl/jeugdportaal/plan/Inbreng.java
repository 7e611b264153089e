package nl.jeugdportaal.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;

/**
 * What a parent or the jeugdige wrote: their opinion on the plan, at an evaluation, for the JBT or
 * their own familiegroepsplan. Kept as written and only ever added to, like an eigen verklaring.
 */
@Entity
@Table(name = "inbreng")
public class Inbreng extends PanacheEntityBase {
    public static final int MAX_LENGTE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "persoon_id")
    public Persoon persoon;
    @Enumerated(EnumType.STRING)
    public Onderwerp onderwerp;
    public String tekst;
    public Instant geschreven;

    public enum Onderwerp {
        PLAN, EVALUATIE, JBT, FAMILIEGROEPSPLAN
    }

    public static List<Inbreng> van(Dossier dossier, List<Onderwerp> onderwerpen) {
        return list("select i from Inbreng i join fetch i.persoon where i.dossier = ?1 and i.onderwerp in ?2"
                + " order by i.geschreven desc, i.id desc", dossier, onderwerpen);
    }
}
