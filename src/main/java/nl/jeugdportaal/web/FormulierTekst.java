package nl.jeugdportaal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the shared form fields ({@code periodevelden.html}, {@code einddatumveld.html}) and of the
 * end-date check behind them. The texts are in {@code messages/formulier_nl.properties} and
 * {@code formulier_en.properties}.
 */
@MessageBundle(value = "formulier", locale = "nl")
public interface FormulierTekst {
    @Message
    String vanafDatum();

    @Message
    String totEnMetDatum();

    @Message
    String einddatum();

    @Message
    String einddatumVoorVandaag();

    @Message
    String datumOnleesbaar();

    @Message
    String datumBuitenBereik();
}
