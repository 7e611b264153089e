package nl.jeugdportaal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The crisis block on every page ({@code ui-templates/crisis.html}, DOMAIN §7), in
 * {@code messages/crisis_nl.properties} and {@code crisis_en.properties}. A key ending in U
 * addresses an adult, in Je a jeugdige.
 */
@MessageBundle(value = "crisis", locale = "nl")
public interface CrisisTekst {
    @Message
    String label();

    @Message
    String levensgevaar();

    @Message
    String bel();

    @Message
    String ernstig();

    @Message
    String kantoortijd();

    @Message
    String kantoortijdU();

    @Message
    String kantoortijdJe();

    @Message
    String buitenKantoortijd();

    @Message
    String gratis();

    @Message
    String kindertelefoonU();

    @Message
    String kindertelefoonJe();

    @Message
    String vertrouwenspersoonU();

    @Message
    String vertrouwenspersoonJe();
}
