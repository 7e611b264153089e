package nl.jeugdportaal.toestemming;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.jeugdportaal.registratie.Geldigheid;

/**
 * Texts of the toestemming page, and the words both pages share (status, columns, withdraw). The
 * texts are in {@code messages/toestemming_nl.properties} and {@code toestemming_en.properties}. A
 * text ending in U addresses an adult ("u"), in Je a jeugdige ("je"); English has one "you" for both.
 */
@MessageBundle(value = "toestemming", locale = "nl")
public interface ToestemmingTekst {
    @Message
    String titel();

    @Message
    String introU();

    @Message
    String introJe();

    @Message
    String vragenKop();

    @Message
    String vragenUitlegU();

    @Message
    String vragenUitlegJe();

    @Message
    String ja();

    @Message
    String nee();

    @Message
    String gegevenKopU();

    @Message
    String gegevenKopJe();

    @Message
    String gegevenBijschrift();

    @Message
    String overWie();

    @Message
    String aanWie();

    @Message
    String vanWie();

    @Message
    String vanaf();

    @Message
    String totEnMet();

    @Message
    String kolomStatus();

    /**
     * Where a toestemming or machtiging stands; keys {@code status_$GELDIG} and so on, with "_$"
     * because Quarkus needs it when a constant (NOG_NIET_GELDIG) holds an underscore itself.
     */
    @Message
    String status(Geldigheid geldigheid);

    @Message
    String geenEinddatum();

    @Message
    String intrekken();

    @Message
    String intrekkenLabel(String ontvanger, String over);

    @Message
    String geenGegevenU();

    @Message
    String geenGegevenJe();

    @Message
    String geven();

    @Message
    String overWieVraag();

    @Message
    String aanWieVraag();

    @Message
    String kiesPersoon();

    @Message
    String totUitlegU();

    @Message
    String totUitlegJe();

    @Message
    String niemandTeGevenU();

    @Message
    String niemandTeGevenJe();

    @Message
    String overWieKuntU();

    @Message
    String overWieKuntJe();

    @Message
    String gekregenKopU();

    @Message
    String gekregenKopJe();

    @Message
    String gekregenBijschriftU();

    @Message
    String gekregenBijschriftJe();

    @Message
    String geenGekregenU();

    @Message
    String geenGekregenJe();

    @Message
    String andereKopU();

    @Message
    String andereKopJe();

    @Message
    String andereBijschrift();

    @Message
    String geenAndere();

    @Message
    String naarMachtiging();

    // Texts built in ToestemmingService.

    /** The person themselves in a select. */
    @Message
    String mijzelf();

    /** The person themselves in a sentence: "over uzelf". */
    @Message
    String uzelfU();

    @Message
    String uzelfJe();

    /** The person themselves in a question: "de stukken over u". */
    @Message
    String jouU();

    @Message
    String jouJe();

    @Message
    String uitlegOver(String naam);

    @Message
    String meldingGegevenU();

    @Message
    String meldingGegevenJe();

    @Message
    String meldingIngetrokken();

    @Message
    String meldingJaU();

    @Message
    String meldingJaJe();

    @Message
    String meldingNeeU();

    @Message
    String meldingNeeJe();

    @Message
    String kiesOverU();

    @Message
    String kiesOverJe();

    @Message
    String overNietInLijstU();

    @Message
    String overNietInLijstJe();

    @Message
    String kiesAanU();

    @Message
    String kiesAanJe();

    @Message
    String aanNietInLijstU();

    @Message
    String aanNietInLijstJe();

    @Message
    String aanNietOverU(String aan, String over);

    @Message
    String aanNietOverJe(String aan, String over);

    @Message
    String alGegevenU(String aan, String over);

    @Message
    String alGegevenJe(String aan, String over);

    @Message
    String geldtNietMeer();

    @Message
    String vraagU(String vertrouwenspersoon, String client, String over);

    @Message
    String vraagJe(String vertrouwenspersoon, String client, String over);

    @Message
    String eerderNeeU();

    @Message
    String eerderNeeJe();

    @Message
    String eerderIngetrokkenU();

    @Message
    String eerderIngetrokkenJe();

    @Message
    String vraagNietOpen();

    /** Messages when a birthday ends a toestemming (DOMAIN §2 rule 5). */
    @Message
    String verjaardagOnderwerp();

    @Message
    String verjaardagOntvanger(String naam, int leeftijd);

    @Message
    String verjaardagGever(String naam, int leeftijd, String ontvanger);

    /** To the person who turned 12, 16 or 18: they now decide (too). */
    @Message
    String verjaardagVraag(int leeftijd, String ontvanger);

    /** Before withdrawing: what the receiver still sees of the stukken about the person, counted. */
    @Message
    String gevolgU(String ontvanger, int daarna, int totaal, int nu);

    @Message
    String gevolgJe(String ontvanger, int daarna, int totaal, int nu);

    @Message
    String gevolgGelijkU(String ontvanger);

    @Message
    String gevolgGelijkJe(String ontvanger);
}
