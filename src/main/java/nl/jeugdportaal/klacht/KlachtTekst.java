package nl.jeugdportaal.klacht;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.verzoek.regels.Stand;

/**
 * Texts of the complaint pages, of the messages they put in the inbox and of the names of the
 * choices in {@code klacht.regels}, in {@code messages/klacht_nl.properties} and
 * {@code klacht_en.properties}. An enum's name has the key {@code method_CONSTANT}, or
 * {@code method_$CONSTANT} for an enum with an underscore in a constant. A text ending in U
 * addresses an adult ("u"), in Je a jeugdige ("je"); English has one "you" for both.
 */
@MessageBundle(value = "klacht", locale = "nl")
public interface KlachtTekst {
    @Message
    String route(Route route);

    @Message
    String routeUitlegU(Route route);

    @Message
    String routeUitlegJe(Route route);

    @Message
    String aard(Aard aard);

    @Message
    String ondersteuning(Ondersteuning ondersteuning);

    @Message
    String klagersoort(Klagersoort klagersoort);

    @Message
    String maatregelsoort(Maatregelsoort maatregelsoort);

    @Message
    String gespreksuitkomst(Gespreksuitkomst gespreksuitkomst);

    @Message
    String uitspraak(Uitspraak uitspraak);

    @Message
    String stand(Stand stand);

    @Message
    String nogNiet();

    @Message
    String magVoorUwKind();

    @Message
    String magVoorJezelfU();

    @Message
    String magVoorJezelfJe();

    @Message
    String teJong();

    @Message
    String medewerkerDientNietIn();

    @Message
    String nietInDossierU();

    @Message
    String nietInDossierJe();

    @Message
    String titel();

    @Message
    String namensSterk(String naam);

    @Message
    String namensUitleg(String naam);

    @Message
    String overDossier(String naam);

    @Message
    String nietHierU();

    @Message
    String nietHierJe();

    @Message
    String foutFormulierU();

    @Message
    String foutFormulierJe();

    @Message
    String tekstLabelU();

    @Message
    String tekstLabelJe();

    @Message
    String onderdelenLabel();

    @Message
    String onderdelenVoorbeeld();

    @Message
    String aardVraag();

    @Message
    String klagerVraag();

    @Message
    String routeVraagU();

    @Message
    String routeVraagJe();

    @Message
    String ondersteuningVraag();

    @Message
    String andereJeugdbeschermer();

    @Message
    String andereJeugdbeschermerUitlegU();

    @Message
    String andereJeugdbeschermerUitlegJe();

    @Message
    String versturen();

    @Message
    String naarKlachten();

    @Message
    String kiesRouteU();

    @Message
    String kiesRouteJe();

    @Message
    String kiesAardU();

    @Message
    String kiesAardJe();

    @Message
    String kiesOndersteuningU();

    @Message
    String kiesOndersteuningJe();

    @Message
    String kiesKlager();

    @Message
    String geenPuntenU();

    @Message
    String geenPuntenJe();

    @Message
    String teVeelPunten(int aantal, int max);

    @Message
    String puntTeLang(int punt, int max);

    @Message
    String kiesJaNee();

    @Message
    String kiesJaNeeU();

    @Message
    String geenGesprekMeer();

    @Message
    String eigenaarTeLang();

    @Message
    String kiesOpenAfspraak();

    @Message
    String kiesUitkomst();

    @Message
    String nietBijKjmn();

    @Message
    String kiesMijlpaal();

    @Message
    String kiesUitspraak(int punt);

    @Message
    String geenUitspraakMeer();

    @Message
    String geenReactieNodig();

    @Message
    String ontbreektUitspraak(int punt);

    @Message
    String ontbreektOvernemen(int punt);

    @Message
    String ontbreektMaatregel(int punt);

    @Message
    String vulDatumIn(String voorbeeld);

    @Message
    String eerstGesprek();

    @Message
    String onderwerpOntvangen();

    @Message
    String ontvangen(String route);

    @Message
    String onderwerpVerder();

    @Message
    String verder(String route);

    @Message
    String onderwerpNieuws();

    @Message
    String uitgenodigdU(String datum, String uiterlijk);

    @Message
    String uitgenodigdJe(String datum, String uiterlijk);

    @Message
    String verslagKlaar();

    @Message
    String verbeterdVerslagKlaar();

    @Message
    String nieuweAfspraakU(String datum);

    @Message
    String nieuweAfspraakJe(String datum);

    @Message
    String afspraakGedaanU();

    @Message
    String afspraakGedaanJe();

    @Message
    String uitkomstBericht(String uitkomst);

    @Message
    String watUNuKuntDoen();

    @Message
    String watJeNuKuntDoen();

    @Message
    String besluitAndereJeugdbeschermer();

    @Message
    String nieuwsKjmn();

    @Message
    String uitspraakGedaan(String datum);

    @Message
    String giHeeftGereageerd();

    @Message
    String mijnKlachten();

    @Message
    String openAlleTeams();

    @Message
    String openTeam();

    @Message
    String openUwDossiers();

    @Message
    String afgerond();

    @Message
    String perKlacht();

    @Message
    String aantalTeLaat(long aantal);

    @Message
    String uitlegLijstU();

    @Message
    String uitlegLijstJe();

    @Message
    String lerenLink();

    @Message
    String kolomKlacht();

    @Message
    String kolomDossier();

    @Message
    String kolomKlager();

    @Message
    String kolomStap();

    @Message
    String kolomWatNu();

    @Message
    String kolomWie();

    @Message
    String kolomUiterlijk();

    @Message
    String klachtVanLink(Long id, String datum);

    @Message
    String geenOpenKlachten();

    @Message
    String teLaat();

    @Message
    String klachtNummer(Long id);

    @Message
    String klachtVan(String datum);

    @Message
    String ingediendDoor(String naam);

    @Message
    String stapNu();

    @Message
    String afgerondOp(String datum);

    @Message
    String waarOver();

    @Message
    String wieHelpt();

    @Message
    String nuKop();

    @Message
    String wie(String wie);

    @Message
    String uiterlijkOp(String datum);

    @Message
    String alKlaarU();

    @Message
    String alKlaarJe();

    @Message
    String alKlaar();

    @Message
    String alleStappen();

    @Message
    String klaar();

    @Message
    String datum(String datum);

    @Message
    String uiterlijk(String datum);

    @Message
    String deKlacht();

    @Message
    String dePunten();

    @Message
    String uitspraakPunt();

    @Message
    String giNeemtOver();

    @Message
    String giNeemtNietOver();

    @Message
    String watWeDoen();

    @Message
    String reactieGi();

    @Message
    String andereJeugdbeschermerKop();

    @Message
    String andereJeugdbeschermerJa();

    @Message
    String andereJeugdbeschermerNee();

    @Message
    String waarom();

    @Message
    String geenBesluit();

    @Message
    String gesprekKop(int stap);

    @Message
    String uitgenodigdOp(String datum);

    @Message
    String gesprekOp(String datum);

    @Message
    String wieErWaren();

    @Message
    String verslagUiterlijkOp(String datum);

    @Message
    String verslagVan(String datum);

    @Message
    String kloptVolgensKlager();

    @Message
    String ja();

    @Message
    String nee();

    @Message
    String verbeterdVerslag();

    @Message
    String afspraken();

    @Message
    String gedaanOp(String datum);

    @Message
    String uitkomst();

    @Message
    String volgendeStap();

    @Message
    String kloptKop();

    @Message
    String foutKortU();

    @Message
    String foutKortJe();

    @Message
    String kloptVraag();

    @Message
    String kloptJa();

    @Message
    String kloptNee();

    @Message
    String watKloptNiet();

    @Message
    String reactieVersturen();

    @Message
    String verderKop();

    @Message
    String verderU();

    @Message
    String verderJe();

    @Message
    String naarVolgendeStap();

    @Message
    String downloadKjmn();

    @Message
    String stapIngediend();

    @Message
    String stapUitnodiging(int stap);

    @Message
    String stapGesprek(int stap);

    @Message
    String stapVerslag();

    @Message
    String stapReactie();

    @Message
    String stapVerbeterd();

    @Message
    String stapAfspraak();

    @Message
    String stapUitkomst();

    @Message
    String stapUitkomstWas(String uitkomst);

    @Message
    String stapNaarKjmn();

    @Message
    String stapOntvangen();

    @Message
    String stapCompleet();

    @Message
    String stapIntern();

    @Message
    String stapInternTot(String datum);

    @Message
    String stapHoorzitting();

    @Message
    String stapUitspraak();

    @Message
    String stapInstellingsreactie();

    @Message
    String wieKlager();

    @Message
    String wieJeugdbeschermer();

    @Message
    String wieLeidinggevende();

    @Message
    String wieIedereen();

    @Message
    String beheerKop();

    @Message
    String beheerFout();

    @Message
    String gesprekVanStap(int stap);

    @Message
    String uitnodigingVerstuurdOp();

    @Message
    String datumGesprek();

    @Message
    String wieZijnErBij();

    @Message
    String gesprekOpslaan();

    @Message
    String verslagVanStap(int stap);

    @Message
    String verslagBijKlager(String datum);

    @Message
    String verbeterdHier();

    @Message
    String verslag();

    @Message
    String verslagVersturen();

    @Message
    String afspraakVanStap(int stap);

    @Message
    String watAfgesproken();

    @Message
    String wieDoetHet();

    @Message
    String klaarOp();

    @Message
    String afspraakOpslaan();

    @Message
    String gedaan();

    @Message
    String uitkomstVanStap(int stap);

    @Message
    String hoeAfgelopen();

    @Message
    String volgendeStapVraag();

    @Message
    String uitkomstOpslaan();

    @Message
    String besluitKop();

    @Message
    String besluitVraag();

    @Message
    String waaromKlagerLeest();

    @Message
    String besluitOpslaan();

    @Message
    String kjmnNieuwsKop();

    @Message
    String watGebeurd();

    @Message
    String mijlpaalOntvangen();

    @Message
    String mijlpaalCompleet();

    @Message
    String mijlpaalInternVan();

    @Message
    String mijlpaalInternTot();

    @Message
    String mijlpaalHoorzitting();

    @Message
    String datumLabel();

    @Message
    String opslaan();

    @Message
    String uitspraakKop();

    @Message
    String datumUitspraak();

    @Message
    String punt(int nummer);

    @Message
    String kies();

    @Message
    String uitspraakOpslaan();

    @Message
    String reactieUitleg();

    @Message
    String nogGeenUitspraak();

    @Message
    String neemtOverVraag();

    @Message
    String welkeMaatregel();

    @Message
    String reactieVoorKlager();

    @Message
    String lerenTitel();

    @Message
    String lerenPeriode(String van, String tot);

    @Message
    String aantalKlachten();

    @Message
    String vraagAndere();

    @Message
    String keer();

    @Message
    String verslagenGesprek();

    @Message
    String opTijdBinnenTweeWeken();

    @Message
    String downloadCsv();

    @Message
    String grafiekKop();

    @Message
    String grafiekUitleg();

    @Message
    String kolomWat();

    @Message
    String kolomAantal();

    @Message
    String totaal();

    @Message
    String tabelMaatregel();

    @Message
    String tabelKlager();

    @Message
    String tabelOndersteuning();

    @Message
    String tabelAard();

    @Message
    String tabelGesprek();

    @Message
    String tabelUitspraak();

    @Message
    String csvKop();

    @Message
    String csvAndere();

    @Message
    String csvVerslagen();

    @Message
    String csvTeLaat();

}
