package nl.jeugdportaal.overzicht;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the pages anyone may open: welcome, logging in and out, and accessibility. The texts are
 * in {@code messages/publiek_nl.properties} (the default) and {@code publiek_en.properties}.
 */
@MessageBundle(value = "publiek", locale = "nl")
public interface PubliekTekst {
    @Message
    String welkomTitel();

    @Message
    String welkomKop();

    @Message
    String welkomUitleg();

    @Message
    String welkomJeugdige();

    @Message
    String inloggen();

    @Message
    String opnieuwInloggen();

    @Message
    String uitgelogdTitel();

    @Message
    String uitgelogdKop();

    @Message
    String uitgelogdUitleg();

    @Message
    String verlopenTitel();

    @Message
    String verlopenKop();

    @Message
    String verlopenWaarom();

    @Message
    String verlopenVerder();

    @Message
    String misluktKop();

    @Message
    String misluktUitleg();

    @Message
    String misluktBel();

    @Message
    String toegTitel();

    @Message
    String toegIedereen();

    @Message
    String toegWatWijDoen();

    @Message
    String toegWcag();

    @Message
    String toegTesten();

    @Message
    String toegToetsenbord();

    @Message
    String toegEersteLink();

    @Message
    String toegGroter();

    /** Ends before the link to the glossary, which {@link #toegBegrippenlijst} names. */
    @Message
    String toegKorteZinnen();

    @Message
    String toegBegrippenlijst();

    @Message
    String toegNietGoed();

    @Message
    String toegPdf();

    @Message
    String toegWerktIetsNiet();

    @Message
    String toegLaatWeten();

    @Message
    String toegKlacht();

    @Message
    String naarBeginpagina();
}
