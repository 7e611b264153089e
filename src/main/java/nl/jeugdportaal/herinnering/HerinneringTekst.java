package nl.jeugdportaal.herinnering;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The reminders' texts in the inbox, in {@code messages/herinnering_nl.properties} and {@code _en}. */
@MessageBundle(value = "herinnering", locale = "nl")
public interface HerinneringTekst {
    @Message
    String onderwerpBijna(String wat);

    @Message
    String onderwerpVerlopen(String wat);

    @Message
    String tekstBijna(String wat, String datum);

    @Message
    String tekstVerlopen(String wat, String datum, String wie);

    @Message
    String verslagKlachtgesprek();

    @Message
    String verzoekAntwoord();

    @Message
    String kjmnReactie();

    @Message
    String eersteContact();

    @Message
    String planVanAanpak();

    @Message
    String hulpGestart();

    @Message
    String verlengingsverzoek();
}
