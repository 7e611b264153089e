package nl.jeugdportaal.plan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the plan page, its includes (plan points, the opinion form and list) and the sentences
 * the plan package builds in Java: measures, phases, terms, validation messages. The texts are in
 * {@code messages/plan_nl.properties} (the default) and {@code plan_en.properties}.
 */
@MessageBundle(value = "plan", locale = "nl")
public interface PlanTekst {
    @Message
    String titel(String kind);

    @Message
    String kop(String kind);

    @Message
    String introJe();

    @Message
    String introU();

    @Message
    String meerOverHetPlan();

    @Message
    String linkWieIsWie();

    @Message
    String linkJbt();

    @Message
    String linkFamiliegroepsplan();

    @Message
    String linkBegrippen();

    @Message
    String voorwaardenIntro();

    @Message
    String geenPlan();

    @Message
    String maatregelKop();

    @Message
    String periode(String sinds, String tot);

    @Message
    String nietVanKracht();

    @Message
    String eindeVraag();

    @Message
    String faseKop();

    @Message
    String faseTitel();

    @Message
    String faseInTekening(int nummer, String stand);

    @Message
    String legenda();

    @Message
    String veiligKop();

    @Message
    String veiligUitleg(String kind);

    @Message
    String aanpakKop();

    @Message
    String planStatus(String status);

    @Message
    String volgendeEvaluatie(String datum);

    @Message
    String termijnKop();

    @Message
    String termijnUitlegJe();

    @Message
    String termijnUitlegU();

    @Message
    String termijnTabel();

    @Message
    String kolomWat();

    @Message
    String kolomUiterlijk();

    @Message
    String kolomStand();

    @Message
    String fgpKop();

    @Message
    String jbtGepland();

    @Message
    String jbtLeesMeer();

    @Message
    String meningKopJe();

    @Message
    String meningKopU();

    @Message
    String meningUitlegJe();

    @Message
    String meningUitlegU();

    @Message
    String meningOpslaan();

    @Message
    String terugJe();

    @Message
    String terugU();

    @Message
    String puntenLeeg();

    /** A plan point about a third person (DOMAIN §2 rule 11): why it is not shown, and how to ask. */
    @Message
    String puntVerborgenU();

    @Message
    String puntVerborgenJe();

    @Message
    String inbrengLeeg();

    /** The way back from the JBT, familiegroepsplan and who-is-who pages. */
    @Message
    String terugNaarPlan();

    // Texts built in Java; Teksten says which one belongs to which code. One method per code, not
    // one method with an enum parameter: Qute renders those through a template in the request's
    // language, so the Dutch JSON API would get English words after someone chose English.

    /** A measure's name as a heading: "Ondertoezichtstelling (OTS)". */
    @Message
    String maatregelOts();

    @Message
    String maatregelVots();

    @Message
    String maatregelVoogdij();

    @Message
    String maatregelUithuisplaatsing();

    /** A measure's short name inside a sentence: "verlenging van de OTS". */
    @Message
    String kortOts();

    @Message
    String kortVots();

    @Message
    String kortVoogdij();

    @Message
    String kortUithuisplaatsing();

    /** What happens when the measure ends (seed 000, DOMAIN.md §5). */
    @Message
    String eindeOts();

    @Message
    String eindeVots();

    @Message
    String eindeVoogdij();

    @Message
    String kindgesprekJe();

    @Message
    String eindeUithuisplaatsing();

    @Message
    String totAchttien(String kind);

    @Message
    String veranderKop(String maatregel);

    @Message
    String veranderKopVoorbij();

    @Message
    String veranderKopDoel();

    @Message
    String planDefinitief();

    @Message
    String planConcept();

    /** The phases of the method (seed 001): name, then what happens in it. */
    @Message
    String faseVerbinden();

    @Message
    String faseOndersteunen();

    @Message
    String faseBorgen();

    @Message
    String faseVerbindenWat();

    @Message
    String faseOndersteunenWat();

    @Message
    String faseBorgenWat();

    @Message
    String faseTekst(int nummer, String naam, String sinds);

    @Message
    String faseKlaar();

    @Message
    String faseNu();

    @Message
    String faseLater();

    @Message
    String puntDoel();

    @Message
    String puntAfspraak();

    @Message
    String puntVoorwaarde();

    @Message
    String puntNogNietBegonnen();

    @Message
    String puntBezig();

    @Message
    String puntGelukt();

    @Message
    String puntNietGelukt();

    @Message
    String termijnOpTijd();

    @Message
    String termijnTeLaat();

    @Message
    String termijnLoopt();

    @Message
    String termijnVerlopen();

    @Message
    String termijnWacht();

    @Message
    String termijnEersteContact();

    @Message
    String termijnPlanVanAanpak();

    @Message
    String termijnHulp();

    @Message
    String termijnRaadIngelicht(String maatregel);

    @Message
    String termijnVerzoekVerlenging(String maatregel);

    @Message
    String termijnBesluitVerlenging(String maatregel);

    /** The rule behind a term, with its source. */
    @Message
    String grondEersteContact();

    @Message
    String grondEigenPlan();

    @Message
    String grondNaAfzien();

    @Message
    String grondNaBelast();

    @Message
    String grondHulp();

    @Message
    String grondRaadInlichten();

    @Message
    String grondVerzoekVerlenging();

    @Message
    String grondBesluitVerlenging();

    @Message
    String termijnGebeurdOp(String datum);

    @Message
    String termijnLaatsteDag();

    @Message
    String termijnNogDagen(long dagen);

    @Message
    String termijnNietGebeurd();

    @Message
    String termijnLooptNiet();

    @Message
    String onderwerpPlan();

    @Message
    String onderwerpEvaluatie();

    @Message
    String onderwerpJbt();

    @Message
    String onderwerpFamiliegroepsplan();

    @Message
    String fgpKeuzeDoor(String keuze, String naam, String datum);

    @Message
    String inbrengLeegJe();

    @Message
    String inbrengLeegU();

    @Message
    String inbrengRichtingJe();

    @Message
    String inbrengRichtingU();

    @Message
    String inbrengTeLangJe(int lengte, int max);

    @Message
    String inbrengTeLangU(int lengte, int max);
}
