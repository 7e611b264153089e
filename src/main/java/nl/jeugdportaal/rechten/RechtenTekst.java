package nl.jeugdportaal.rechten;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The routes a family has outside the GI's own steps (DOMAIN §3, §4): the appeal against a court
 * decision, the privacy remedies after a refusal, and the other places to go with a complaint. In
 * {@code messages/rechten_nl.properties} and {@code rechten_en.properties}; a key ending in U
 * addresses an adult, in Je a jeugdige.
 */
@MessageBundle(value = "rechten", locale = "nl")
public interface RechtenTekst {
    @Message
    String rechtsgangKop();

    @Message
    String rechterBesluitU();

    @Message
    String rechterBesluitJe();

    @Message
    String hogerBeroepU();

    @Message
    String hogerBeroepJe();

    @Message
    String advocaatU();

    @Message
    String advocaatJe();

    @Message
    String opheffenU(int leeftijd);

    @Message
    String opheffenJe(int leeftijd);

    @Message
    String voorbereidingU();

    @Message
    String voorbereidingJe();

    @Message
    String beschikkingenKop();

    @Message
    String beschikkingVan(String datum);

    @Message
    String beroepTot(String datum);

    @Message
    String beroepVoorbij(String datum);

    @Message
    String nagaan();

    @Message
    String fgTitel();

    @Message
    String fgUitlegU();

    @Message
    String fgUitlegJe();

    @Message
    String fgUitlegVoorFg();

    @Message
    String fgFoutU();

    @Message
    String fgFoutJe();

    @Message
    String fgVraagLabelU();

    @Message
    String fgVraagLabelJe();

    @Message
    String fgVersturen();

    @Message
    String fgAlleVragen();

    @Message
    String fgUwVragen();

    @Message
    String fgJouwVragen();

    @Message
    String fgGeenVragen();

    @Message
    String fgVraagVan(String datum);

    @Message
    String fgAntwoordVan(String datum, String naam);

    @Message
    String fgNogGeenAntwoord();

    @Message
    String fgAntwoordLabel();

    @Message
    String fgAntwoordVersturen();

    @Message
    String fgOnderwerpAntwoord();

    @Message
    String fgAntwoordKlaar();

    @Message
    String fgLink();

    @Message
    String privacyKop();

    @Message
    String bewaartermijn();

    @Message
    String zonderToestemmingKop();

    @Message
    String zonderToestemmingU();

    @Message
    String zonderToestemmingJe();

    @Message
    String andereRoutesKop();

    @Message
    String andereRoutesKopJe();

    @Message
    String bemiddelaarU();

    @Message
    String bemiddelaarJe();

    @Message
    String skjU();

    @Message
    String skjJe();

    @Message
    String ombudsmanU();

    @Message
    String ombudsmanJe();

    @Message
    String kinderombudsmanU();

    @Message
    String kinderombudsmanJe();

    @Message
    String clientenraadU();

    @Message
    String clientenraadJe();

    @Message
    String zestienOnderwerp();

    @Message
    String zestienJe();

    @Message
    String zestienWilsonbekwaamJe();

    @Message
    String zestienU(String naam);

    @Message
    String zestienWilsonbekwaamU(String naam);

    @Message
    String achttienOnderwerp();

    @Message
    String achttienJe();

    @Message
    String achttienMentorschapJe();

    @Message
    String achttienU(String naam);

    @Message
    String achttienMentorschapU(String naam);
}
