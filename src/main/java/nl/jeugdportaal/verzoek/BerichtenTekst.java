package nl.jeugdportaal.verzoek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the inbox page. The messages themselves keep both languages (see {@link Bericht}); the texts
 * here are in {@code messages/berichten_nl.properties} and {@code berichten_en.properties}.
 */
@MessageBundle(value = "berichten", locale = "nl")
public interface BerichtenTekst {
    @Message
    String titel();

    @Message
    String bekijkVerzoek();

    @Message
    String geenBerichten();

    @Message
    String mailsKop();

    @Message
    String mailsUitleg();

    @Message
    String aan();

    @Message
    String geenMails();

    @Message
    String nieuw();
}
