package nl.jeugdportaal.rechten;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;

/** A question to the functionaris gegevensbescherming, and the FG's answer (DOMAIN §3). */
@Entity
@Table(name = "fg_vraag")
public class FgVraag extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "vraagsteller_id")
    public Persoon vraagsteller;
    public String vraag;
    public Instant gesteldOp;
    public String antwoord;
    public Instant beantwoordOp;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beantwoord_door_id")
    public Persoon beantwoordDoor;

    public static List<FgVraag> van(Persoon persoon) {
        return list("select v from FgVraag v left join fetch v.beantwoordDoor where v.vraagsteller = ?1 order by v.gesteldOp desc",
                persoon);
    }

    /** For the FG: the open questions first, oldest first, so the longest wait is on top. */
    public static List<FgVraag> alle() {
        return list("select v from FgVraag v join fetch v.vraagsteller left join fetch v.beantwoordDoor"
                + " order by (case when v.antwoord is null then 0 else 1 end), v.gesteldOp");
    }
}
