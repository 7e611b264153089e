package nl.jeugdportaal.betrokkenen;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the who-is-who page and of the announcement of a new jeugdbeschermer. The texts are in
 * {@code messages/wieiswie_nl.properties} (the default) and {@code wieiswie_en.properties}.
 */
@MessageBundle(value = "wieiswie", locale = "nl")
public interface WieIsWieTekst {
    @Message
    String titel(String kind);

    @Message
    String kop(String kind);

    @Message
    String introJe();

    @Message
    String introU();

    @Message
    String telefoon();

    @Message
    String email();

    @Message
    String bereikbaar();

    @Message
    String hulpKop();

    @Message
    String hulpAkj();

    @Message
    String hulpKlacht();

    @Message
    String rolJeugdbeschermer(String kind);

    @Message
    String kantoortijd();

    @Message
    String wissel(String per, String nieuwe, String vorige);
}
