package nl.jeugdportaal.klacht;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the complaint document for the KJMN ({@code ui-templates/KjmnDocument/kjmn.html}); it is Dutch, as the KJMN is. */
@MessageBundle(value = "kjmn", locale = "nl")
public interface KjmnTekst {
    @Message
    String titel();

    @Message
    String contactKop();

    @Message
    String klager();

    @Message
    String namens();

    @Message
    String dossierVan(String naam);

    @Message
    String jeugdbeschermer();

    @Message
    String telefoon();

    @Message
    String ingediend(String datum);

    @Message
    String naarKjmn(String datum);

    @Message
    String eigenWoordenKop();

    @Message
    String onderdelenKop(int aantal);

    @Message
    String gebeurdKop();

    @Message
    String directNaarKjmn();

    @Message
    String gesprek(int stap, String datum, String deelnemers);

    @Message
    String verslagGemaakt(String datum);

    @Message
    String verslagNogNiet(String datum);

    @Message
    String verbeterdVerslag();

    @Message
    String reactie();

    @Message
    String afspraak(String wat, String eigenaar, String uiterlijk);

    @Message
    String afspraakGedaan(String datum);

    @Message
    String afspraakOpen();

    @Message
    String uitkomst();

    @Message
    String sturenKop();
}
