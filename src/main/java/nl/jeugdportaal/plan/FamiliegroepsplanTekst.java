package nl.jeugdportaal.plan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the familiegroepsplan page and of the choice and next step the service builds. The texts
 * are in {@code messages/familiegroepsplan_nl.properties} (the default) and {@code familiegroepsplan_en.properties}.
 */
@MessageBundle(value = "familiegroepsplan", locale = "nl")
public interface FamiliegroepsplanTekst {
    @Message
    String titel();

    @Message
    String kop();

    @Message
    String watKop();

    @Message
    String watUitleg();

    @Message
    String watRecht();

    @Message
    String wieKop();

    @Message
    String wieGezag();

    @Message
    String wieNiet();

    @Message
    String hulpKop();

    @Message
    String hulpNetwerk();

    @Message
    String hulpOrganisaties();

    @Message
    String doetKop();

    @Message
    String stapEerst();

    @Message
    String stapOuders();

    @Message
    String stapLezen();

    @Message
    String stapPraten();

    @Message
    String geenEigenPlan();

    @Message
    String keuzeKop(String kind);

    @Message
    String voogdij(String kind);

    @Message
    String geenKeuze();

    @Message
    String keuzeVraag();

    @Message
    String keuzeAfzienKort();

    @Message
    String keuzeOpslaan();

    @Message
    String alleenOudersJe();

    @Message
    String alleenOudersU();

    @Message
    String planKop();

    @Message
    String schrijfUitleg();

    @Message
    String onsPlan();

    @Message
    String planOpslaan();

    @Message
    String keuzeZelfMaken();

    @Message
    String keuzeAfzien();

    @Message
    String gekozenDoor(String keuze, String naam, String datum);

    @Message
    String stapNaAfzien(String datum);

    @Message
    String stapZelfMaken();

    /** Each gezag-holder chooses for themselves; the six weeks start when the last one waived. */
    @Message
    String wachtOpAnderen();

    @Message
    String kiesEenAntwoord();
}
