package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;

/** A message in the portal about a change in one of the person's requests. */
@Entity
@Table(name = "bericht")
public class Bericht extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "persoon_id")
    public Persoon persoon;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "verzoek_id")
    public Verzoek verzoek;
    public String onderwerp;
    public String tekst;
    public Instant tijdstip;

    public static List<Bericht> voor(Persoon persoon) {
        return list("select b from Bericht b join fetch b.verzoek v join fetch v.aanvrager where b.persoon = ?1 order by b.tijdstip desc, b.id desc",
                persoon);
    }
}
