package nl.jeugdportaal.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.jeugdportaal.identiteit.Rol;

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
    String afgekapt();

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
