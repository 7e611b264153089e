package nl.jeugdportaal.toestemming;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Toestemming;

/**
 * The answer of {@code gevraagdAan} to "may the vertrouwenspersoon of this machtiging see the
 * stukken about {@code over}?" (DOMAIN §2 rule 6). Only answers are stored: which questions are
 * open follows from the rules on the day.
 */
@Entity
@Table(name = "toestemmingsvraag")
public class Toestemmingsvraag extends PanacheEntityBase {
    public enum Antwoord { JA, NEE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "machtiging_id")
    public Machtiging machtiging;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "over_id")
    public Persoon over;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gevraagd_aan_id")
    public Persoon gevraagdAan;
    @Enumerated(EnumType.STRING)
    public Antwoord antwoord;
    public Instant beantwoordOp;
    /** The toestemming a "ja" created; empty for a "nee". */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "toestemming_id")
    public Toestemming toestemming;

    public static List<Toestemmingsvraag> vanMachtigingen(List<Machtiging> machtigingen) {
        if (machtigingen.isEmpty()) {
            return List.of();
        }
        return list("machtiging in ?1", machtigingen);
    }
}
