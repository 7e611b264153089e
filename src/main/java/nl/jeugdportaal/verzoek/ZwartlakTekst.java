package nl.jeugdportaal.verzoek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the zwartgelakte kopie (DOMAIN §2 rule 10): the request form, and the form on which the
 * jeugdbeschermer splits the stuk into delen. In {@code messages/zwartlak_nl.properties} and
 * {@code zwartlak_en.properties}; the staff texts say "u".
 */
@MessageBundle(value = "zwartlak", locale = "nl")
public interface ZwartlakTekst {
    @Message
    String hetStukU(String datum, String soort);

    @Message
    String hetStukJe(String datum, String soort);

    @Message
    String verdelenKop();

    @Message
    String verdelenUitleg();

    @Message
    String deel(int nr);

    @Message
    String overWie(int nr);

    @Message
    String verdelen();

    @Message
    String kiesPersoon();

    @Message
    String alleenPersonenVanHetStuk();

    @Message
    String minstensEenDeel();

    @Message
    String toewijzenMetDelen();

    @Message
    String afwijzenHieronder();

    @Message
    String verdeeldU();

    @Message
    String verdeeldJe();
}
