package nl.jeugdportaal.inzagelog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.regels.Rol;

/**
 * Texts of the page "Wie heeft mijn gegevens bekeken?", with what each action and role in the log
 * means. The texts are in {@code messages/inzagelog_nl.properties} (the default) and
 * {@code inzagelog_en.properties}.
 */
@MessageBundle(value = "inzagelog", locale = "nl")
public interface InzagelogTekst {
    @Message
    String titel();

    @Message
    String kopJe();

    @Message
    String kopU();

    @Message
    String introJe();

    @Message
    String introU();

    @Message
    String zoekenLabel();

    @Message
    String gegevensVan();

    @Message
    String tonen();

    @Message
    String gegevensVanNaam(String naam);

    @Message
    String bijschrift();

    @Message
    String wanneer();

    @Message
    String wie();

    @Message
    String wat();

    @Message
    String welkStuk();

    @Message
    String uitkomstKop();

    @Message
    String namens(String naam);

    @Message
    String vanafUur();

    @Message
    String totUur();

    @Message
    String bladeren();

    @Message
    String ouder();

    @Message
    String nieuwer();

    @Message
    String nieuwste();

    /** A refused person outside the family, whose name is not the reader's business (rule 8). */
    @Message
    String iemandAnders();

    @Message
    String stukMetId(Long id, String stuk);

    @Message
    String fgTitel();

    @Message
    String fgIntro();

    @Message
    String fgLink();

    @Message
    String fgPersoon();

    @Message
    String fgActor();

    @Message
    String fgClient();

    @Message
    String fgStuk();

    @Message
    String fgUitkomst();

    @Message
    String fgAlle();

    @Message
    String fgOverWie();

    @Message
    String fgAlleenGeweigerd();

    @Message
    String fgGezien();

    @Message
    String fgGeweigerd();

    @Message
    String fgToelichting();

    @Message
    String fgGevonden(String naam);

    @Message
    String fgNiets();

    /** A system that acted, by its client id. */
    @Message
    String systeem(String naam);

    @Message
    String niemand();

    @Message
    String tijdstip(String datum, String tijd);

    @Message
    String onbekend();

    @Message
    String mijzelf();

    @Message
    String stukVan(String soort, String datum);

    @Message
    String stukVernietigd(String datum);

    @Message
    String uitkomst(Uitkomst uitkomst);

    /** What someone did, after their name: "Sanne heeft een stuk bekeken". */
    @Message
    String actie(Actie actie);

    @Message
    String rol(Rol rol);
}
