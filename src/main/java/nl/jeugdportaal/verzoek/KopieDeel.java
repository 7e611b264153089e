package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.List;
import nl.jeugdportaal.registratie.Stuk;

/**
 * One deel of a stuk that a kopie holds only in part (DOMAIN §2 rule 10): the text that was given,
 * or why it was withheld; see V86.
 */
@Entity
@Table(name = "kopie_deel")
public class KopieDeel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "kopie_id")
    public Kopie kopie;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stuk_id")
    public Stuk stuk;
    public int volgorde;
    /** The deel as given; null when withheld. */
    public String tekst;
    /** Why the deel was withheld; null when given. */
    public String reden;

    static List<KopieDeel> van(Kopie kopie) {
        return list("select d from KopieDeel d join fetch d.stuk where d.kopie = ?1 order by d.stuk.id, d.volgorde", kopie);
    }
}
