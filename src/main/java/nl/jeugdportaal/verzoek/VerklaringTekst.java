package nl.jeugdportaal.verzoek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the page for an eigen verklaring. The texts are in {@code messages/verklaring_nl.properties}
 * and {@code verklaring_en.properties}. A text ending in U addresses an adult ("u"), in Je a jeugdige.
 */
@MessageBundle(value = "verklaring", locale = "nl")
public interface VerklaringTekst {
    @Message
    String titel();

    @Message
    String namensVerklaring(String naam);

    @Message
    String kop();

    @Message
    String hetStuk();

    @Message
    String inHetDossierVan(String naam);

    @Message
    String uitlegU();

    @Message
    String uitlegJe();

    @Message
    String verklaringU();

    @Message
    String verklaringJe();

    @Message
    String opslaan();
}
