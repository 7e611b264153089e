package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/** A message in the portal about a change in one of the person's requests or complaints. */
@Entity
@Table(name = "bericht")
public class Bericht extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "persoon_id")
    public Persoon persoon;
    /** The request it is about; null for a message about something else, which has a {@link #pad}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verzoek_id")
    public Verzoek verzoek;
    /** The page the message links to, made for this reader (with "namens" for a vertrouwenspersoon). */
    public String pad;
    /** Dutch, as in the e-mail; the English columns are empty for messages from before English. */
    public String onderwerp;
    public String tekst;
    @Column(name = "onderwerp_en")
    public String onderwerpEn;
    @Column(name = "tekst_en")
    public String tekstEn;
    public Instant tijdstip;
    /** When the person first saw it on the page Berichten; null while unread. */
    public Instant gelezen;

    public void tekst(Tweetalig onderwerp, Tweetalig tekst) {
        this.onderwerp = onderwerp.nl();
        this.tekst = tekst.nl();
        this.onderwerpEn = onderwerp.en();
        this.tekstEn = tekst.en();
    }

    /** The language this message can be read in for a reader of {@code taal}. */
    public Taal taal(Taal gewenst) {
        return gewenst == Taal.EN && onderwerpEn != null ? Taal.EN : Taal.NL;
    }

    public static long ongelezen(Persoon persoon) {
        return count("persoon = ?1 and gelezen is null", persoon);
    }

    public static List<Bericht> voor(Persoon persoon) {
        return list("select b from Bericht b left join fetch b.verzoek v left join fetch v.aanvrager where b.persoon = ?1 order by b.tijdstip desc, b.id desc",
                persoon);
    }
}
