package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;

/** One change to a stuk after a granted correctie: the old text is never lost. */
@Entity
@Table(name = "stuk_wijziging")
public class StukWijziging extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stuk_id")
    public Stuk stuk;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verzoek_id")
    public Verzoek verzoek;
    public String oudeTekst;
    public String nieuweTekst;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "door_id")
    public Persoon door;
    public String reden;
    public Instant tijdstip;

    public static List<StukWijziging> vanVerzoek(Verzoek verzoek) {
        return list("select w from StukWijziging w join fetch w.door where w.verzoek = ?1 order by w.tijdstip", verzoek);
    }
}
