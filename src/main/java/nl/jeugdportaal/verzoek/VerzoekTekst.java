package nl.jeugdportaal.verzoek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.jeugdportaal.verzoek.regels.Stand;
import nl.jeugdportaal.verzoek.regels.Status;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;

/**
 * Texts of the request pages (client and jeugdbeschermer), the names of the kinds of request, their
 * statuses and terms, the form messages, and the inbox messages about a request. The texts are in
 * {@code messages/verzoek_nl.properties} (the default) and {@code verzoek_en.properties}; the JSON API
 * takes them from the Dutch bundle. A text ending in U addresses an adult ("u"), in Je a jeugdige
 * ("je"); English has one "you" for both. Enum keys: {@code soort_$KOPIE}, {@code status_$DEELS_TOEGEWEZEN}: "_$" for enums of which a constant holds an underscore.
 */
@MessageBundle(value = "verzoek", locale = "nl")
public interface VerzoekTekst {
    @Message
    String soort(Verzoeksoort soort);

    @Message
    String vragen(Verzoeksoort soort);

    @Message
    String status(Status status);

    @Message
    String stand(Stand stand);

    @Message
    String namensWerkt(String naam);

    @Message
    String namensVerzoek(String naam);

    @Message
    String kiezenTitel();

    @Message
    String kiezenKop(String naam);

    @Message
    String kiezenUitlegU();

    @Message
    String kiezenUitlegJe();

    @Message
    String terugNaarDossier();

    @Message
    String dossierVan(String naam);

    @Message
    String nietVragenU();

    @Message
    String nietVragenJe();

    @Message
    String foutenU();

    @Message
    String foutenJe();

    @Message
    String wanneerNiet();

    @Message
    String kopieWaarvanU();

    @Message
    String kopieWaarvanJe();

    @Message
    String welkeStukkenWeg();

    @Message
    String allesWatIkMagZien(int aantal);

    @Message
    String alleenGekozen();

    @Message
    String overWelkStuk();

    @Message
    String kiesEenStuk();

    @Message
    String welkeZin();

    @Message
    String watNietGoed();

    @Message
    String watMoetErStaan();

    @Message
    String alleenFeiten();

    @Message
    String eigenVerklaringKanU();

    @Message
    String eigenVerklaringKanJe();

    @Message
    String toelichtingVernietiging();

    @Message
    String toelichtingInformatie();

    @Message
    String toelichtingBezwaarU();

    @Message
    String toelichtingBezwaarJe();

    @Message
    String toelichtingBeperking();

    @Message
    String toelichtingAnders();

    @Message
    String uitlegGelezen();

    @Message
    String versturen();

    @Message
    String terugNaarKeuze();

    @Message
    String kiesMinstensEen();

    @Message
    String kiesMinstensEenWeg();

    @Message
    String kiesAlleenUitLijst();

    @Message
    String kiesStukU();

    @Message
    String kiesStukJe();

    @Message
    String vinkGelezenU();

    @Message
    String vinkGelezenJe();

    @Message
    String kopAlle();

    @Message
    String kopJeugdbeschermer();

    @Message
    String kopMijn();

    @Message
    String gesorteerd();

    @Message
    String telling(long teLaat, long bijna);

    @Message
    String overzichtUitlegU();

    @Message
    String overzichtUitlegJe();

    @Message
    String kolomVerzoek();

    @Message
    String kolomDossier();

    @Message
    String kolomAanvrager();

    @Message
    String kolomStatus();

    @Message
    String kolomOntvangen();

    @Message
    String kolomUiterlijk();

    @Message
    String kolomTermijn();

    @Message
    String ingediendDoor(String naam);

    @Message
    String geenVerzoeken();

    @Message
    String verzoekTitel(Long nummer, String soort);

    @Message
    String verzoekKop(String soort);

    @Message
    String aangevraagdDoor();

    @Message
    String ingediendNamens(String indiener, String aanvrager);

    @Message
    String ontvangenOp();

    @Message
    String antwoordUiterlijk();

    @Message
    String verlengd(String eerst);

    @Message
    String teLaat();

    @Message
    String waaromMeerTijdNodig();

    @Message
    String watGevraagd();

    @Message
    String overHetStuk();

    @Message
    String dezeZin();

    @Message
    String watNietGoedIs();

    @Message
    String watErMoetStaan();

    @Message
    String kopieAlles(String naam);

    @Message
    String kopieDeze();

    @Message
    String dezeStukkenWeg();

    @Message
    String stukVernietigd(String datum);

    @Message
    String toelichting();

    @Message
    String besluitKop(String status);

    @Message
    String besluitOpDoor(String datum, String door);

    @Message
    String vernietigdEen();

    @Message
    String vernietigdMeer(long aantal);

    @Message
    String erNietMeer();

    @Message
    String nietVernietigd();

    @Message
    String weggelatenEen();

    @Message
    String weggelatenMeer(int aantal);

    @Message
    String waaromNietAlles();

    @Message
    String watNuU();

    @Message
    String watNuJe();

    @Message
    String rechterTot(String datum);

    @Message
    String downloadKopie();

    @Message
    String eigenVerklaringSchrijven();

    @Message
    String veranderdKop();

    @Message
    String wijzigingDoor(String datum, String door);

    @Message
    String oudeTekst();

    @Message
    String nieuweTekst();

    @Message
    String beslissen();

    @Message
    String beslisFouten();

    @Message
    String besluit();

    @Message
    String keuzeToegewezen();

    @Message
    String keuzeDeels();

    @Message
    String keuzeAfgewezen();

    @Message
    String motivatie();

    @Message
    String weglatenWelke();

    @Message
    String vernietigenWelke();

    @Message
    String nietOngedaan();

    @Message
    String deelsRedenKopie();

    @Message
    String deelsRedenVernietiging();

    @Message
    String alleenBijDeels();

    @Message
    String nieuweTekstLabel();

    @Message
    String besluitOpslaan();

    @Message
    String kiesBesluit();

    @Message
    String stukWeg();

    @Message
    String tekstNietVeranderd();

    @Message
    String meerTijdKop();

    @Message
    String meerTijdUitleg();

    @Message
    String waaromMeerTijd();

    @Message
    String verlengen();

    @Message
    String terugNaarVerzoeken();

    @Message
    String onderwerpOntvangen();

    @Message
    String ontvangenU(String soort, String datum);

    @Message
    String ontvangenJe(String soort, String datum);

    @Message
    String onderwerpBesluit();

    @Message
    String besloten(String soort, String besluit);

    @Message
    String onderwerpKopieAangepast();

    @Message
    String kopieAangepast();

    @Message
    String onderwerpMeerTijd();

    @Message
    String meerTijd(String soort, String datum, String reden);
}
