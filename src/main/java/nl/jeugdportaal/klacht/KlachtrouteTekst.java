package nl.jeugdportaal.klacht;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the complaint pages about who may complain and the way to the KJMN, in
 * {@code messages/klachtroute_nl.properties} and {@code klachtroute_en.properties}. Apart from
 * {@link KlachtTekst} because Quarkus 3.33 generates a bundle of 256 messages or more that does not
 * load (VerifyError in its resolve method): keep each bundle below that.
 */
@MessageBundle(value = "klachtroute", locale = "nl")
public interface KlachtrouteTekst {
    @Message
    String magAlsVerzorger();

    @Message
    String stapNaarKjmnSturen();

    @Message
    String datumTussen(String van, String tot);

    @Message
    String kjmnSturenKop();

    @Message
    String kjmnHoeU();

    @Message
    String kjmnHoeJe();

    @Message
    String kjmnWatErinU();

    @Message
    String kjmnWatErinJe();

    @Message
    String kjmnGestuurdU();

    @Message
    String kjmnGestuurdJe();

    @Message
    String kjmnGestuurdLabel();

    @Message
    String kjmnGestuurdKnop();

    @Message
    String uitspraakIsAdviesU();

    @Message
    String uitspraakIsAdviesJe();

    @Message
    String mijlpaalVerstuurd();
}
