package nl.jeugdportaal.plan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the jeugdbeschermingstafel page and of the planned meeting the service builds. The texts
 * are in {@code messages/jbt_nl.properties} (the default) and {@code jbt_en.properties}.
 */
@MessageBundle(value = "jbt", locale = "nl")
public interface JbtTekst {
    @Message
    String titel();

    @Message
    String kop();

    @Message
    String doelKop();

    @Message
    String doelOverleg();

    @Message
    String doelTafel();

    @Message
    String wieKop();

    @Message
    String wieOuders();

    @Message
    String wieHulpverleners();

    @Message
    String wieRaad();

    @Message
    String wieKind();

    @Message
    String wieNetwerk();

    @Message
    String wieOrganiseert();

    @Message
    String magKop();

    @Message
    String magToestemming();

    @Message
    String magStukken();

    @Message
    String magVertellen();

    @Message
    String magMeenemen();

    @Message
    String magNietVerplicht();

    @Message
    String uitkomstKop();

    @Message
    String uitkomstAfspraken();

    @Message
    String uitkomstOnderzoek();

    @Message
    String geplandKop(String kind);

    @Message
    String wanneer();

    @Message
    String waar();

    @Message
    String wieOrganiseertHet();

    @Message
    String waarOver();

    @Message
    String moment(String datum, String tijd);

    @Message
    String genodigdenKop();

    @Message
    String stukkenKop();

    @Message
    String inbrengKopJe();

    @Message
    String inbrengKopU();

    @Message
    String inbrengUitlegJe();

    @Message
    String inbrengUitlegU();

    @Message
    String mijnInbreng();

    @Message
    String opslaan();

    @Message
    String geenOverleg();

    @Message
    String tijdnotatie();

    @Message
    String nietVerstuurd();

    @Message
    String verstuurdOp(String datum);
}
