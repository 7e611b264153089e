package nl.jeugdportaal.rechten;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.rechten.regels.Keerpunt;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * Each fact of DOMAIN §3-§7 that issue 14 added, with the page a family member reads it on. One
 * test per page; the facts are the lists below, so a missing fact names itself.
 */
@QuarkusTest
class RechtenOpDePaginaTest {
    private static final Pattern VERZOEK_ID = Pattern.compile("/verzoeken/(\\d+)");

    @Inject
    Keerpuntmeldingen keerpunten;

    /** §4: the appeal route, opheffen, the GI's preparation as a complaint, the other routes. */
    @Test
    void deKlachtpaginaVanEenOuder() {
        staatOp("linda", "/klachten/nieuw?kind=" + Database.id("Daan"), List.of(
                "hoger beroep gaan bij het gerechtshof", "binnen drie maanden na de beschikking", "advocaat nodig",
                "Juridisch Loket", "toevoeging", "de kinderrechter vragen om de OTS eerder te stoppen",
                "Een kind vanaf 12 jaar mag dat ook vragen", "het verzoek aan de rechter slecht hebben voorbereid",
                "Hoger beroep kon tot en met", "Een bemiddelaar van buiten", "tuchtrecht van het SKJ",
                "Nationale ombudsman", "Kinderombudsman", "cliëntenraad", "Cliëntambassadeurs", "ambassadeurs@samen-veilig.nl"));
    }

    /** §4 and §8: the same for a jeugdige, in the "je" form, with the Kinderombudsman first. */
    @Test
    void deKlachtpaginaVanEenJeugdige() {
        staatOp("daan", "/klachten/nieuw?kind=" + Database.id("Daan"), List.of(
                "Je kunt in hoger beroep gaan", "Vanaf 12 jaar mag je de kinderrechter zelf vragen",
                "Je kunt ook naar de Kinderombudsman"));
    }

    /** §4: a pleegouder may complain and is asked who files. */
    @Test
    void eenPleegouderMagKlagen() {
        staatOp("hanneke", "/klachten/nieuw?kind=" + Database.id("Elif"), List.of(
                "U zorgt voor het kind. Daarom mag u een klacht indienen", "Pleegouders", "Grootouders"));
    }

    /** §3: bezwaar and beperking; vernietiging by the §3 table, its terms, the retention term. */
    @Test
    void deVerzoeken() {
        staatOp("sanne", "/verzoeken/nieuw?kind=" + Database.id("Noor"), List.of(
                "Bezwaar tegen het gebruik van gegevens", "artikel 21 van de privacywet (AVG)",
                "Beperking van het gebruik van gegevens", "artikel 18 van de privacywet (AVG)"));
        staatOp("sanne", "/verzoeken/nieuw/vernietiging?kind=" + Database.id("Noor"), List.of(
                "We beslissen binnen een maand", "binnen drie maanden na uw verzoek weg", "Archiefwet",
                "tot 30 jaar nadat de hulp stopt", "minstens 20 jaar"));
        staatOp("daan", "/verzoeken/nieuw?kind=" + Database.id("Daan"), List.of(
                "Je bent jonger dan 16 jaar. Dan vraagt je ouder met gezag of je voogd om gegevens te vernietigen."));
    }

    /** §3: every refusal names the burgerlijke rechter, the AP and the FG, with the way to the FG. */
    @Test
    void eenAfgewezenBezwaar() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long noor = Database.id("Noor");
        HttpResponse<String> ingediend = sanne.verstuur(sanne.open("/verzoeken/nieuw/bezwaar?kind=" + noor),
                "/verzoeken/nieuw/bezwaar", "kind", String.valueOf(noor), "toelichting", "Mijn gegevens staan bij de school.");
        Matcher m = VERZOEK_ID.matcher(ingediend.uri().getPath());
        assertTrue(m.find(), ingediend.body());
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        joost.verstuur(joost.open("/verzoeken/" + m.group(1)), "/verzoeken/" + m.group(1) + "/besluit",
                "besluit", "AFGEWEZEN", "motivatie", "De school moet het weten voor de veiligheid van Noor.");
        staatOp("sanne", "/verzoeken/" + m.group(1), List.of("eigen verklaring", "binnen 6 weken de burgerlijke rechter",
                "geen advocaat", "Autoriteit Persoonsgegevens", "functionaris gegevensbescherming (FG)",
                "Stel een vraag aan de FG", "Dat kan tot en met"));
        staatOp("sanne", "/fg", List.of("De FG let erop dat wij goed met uw gegevens omgaan", "Het antwoord krijgt u hier in het portaal"));
    }

    /** §2 (shared without consent, retention) on the toestemming page. */
    @Test
    void deToestemmingspagina() {
        staatOp("sanne", "/toestemming", List.of("Toestemming gaat niet over alles", "Verwijsindex",
                "de Raad voor de Kinderbescherming en de rechter", "tot 30 jaar nadat de hulp stopt"));
        staatOp("elif", "/toestemming", List.of("Wij zetten je naam in de Verwijsindex"));
    }

    /** §5: herstel in het gezag under voogdij, the kindgesprek from 12. */
    @Test
    void hetPlan() {
        staatOp("karim", "/plan/" + Database.id("Yasmina"), List.of("herstel in het gezag", "aan de pleegouders geven"));
        staatOp("daan", "/plan/" + Database.id("Daan"), List.of("Dat heet een kindgesprek", "Je kunt in hoger beroep gaan"));
    }

    /** §5: before the 18th, what ends and what to arrange; mentorschap or curatele for a wilsonbekwame child. */
    @Test
    void voorDe18deVerjaardag() {
        LocalDate elif = Database.lees(() -> Persoon.<Persoon>find("voornaam", "Elif").singleResult().geboortedatum);
        LocalDate sem = Database.lees(() -> Persoon.<Persoon>find("voornaam", "Sem").singleResult().geboortedatum);
        keerpunten.stuur(Keerpunt.ACHTTIEN.vanaf(elif));
        keerpunten.stuur(Keerpunt.ACHTTIEN.vanaf(sem));
        staatOp("elif", "/berichten", List.of("wat er verandert bij 18 jaar", "Over drie maanden word je 18",
                "DigiD", "zorgverzekering", "zorgtoeslag", "verlengde jeugdhulp", "tot je 23ste"));
        staatOp("ayse", "/berichten", List.of("Over drie maanden wordt Elif 18 jaar", "Ook het gezag stopt dan"));
        staatOp("petra", "/berichten", List.of("Over drie maanden wordt Sem 18 jaar", "mentorschap of curatele"));
    }

    /** §7: which number when, De Kindertelefoon, Jeugdstem (formerly AKJ) and Adviespunt Zorgbelang. */
    @Test
    void hetCrisisblok() {
        staatOp("sanne", "/start", List.of("Is er direct gevaar of levensgevaar? Bel 112", "Op werkdagen van 8.30 tot 17.00 uur",
                "bel uw jeugdbeschermer", "'s Avonds, 's nachts, in het weekend en op feestdagen", "088-996 3000", "0800-2000",
                "De Kindertelefoon", "0800-0432", "Jeugdstem (vroeger AKJ)", "Adviespunt Zorgbelang"));
        staatOp("daan", "/start", List.of("bel je jeugdbeschermer", "Wil je met iemand praten? Bel De Kindertelefoon"));
    }

    private static void staatOp(String login, String pad, List<String> feiten) {
        HttpResponse<String> pagina = Inlogsessie.als(Portaal.URL, login).open(pad);
        assertEquals(200, pagina.statusCode(), login + " " + pad);
        String tekst = Html.tekst(pagina.body()).replaceAll(" ([.,:])", "$1");
        List<String> ontbreekt = new ArrayList<>(feiten.stream().filter(f -> !tekst.contains(f)).toList());
        assertTrue(ontbreekt.isEmpty(), login + " " + pad + " mist " + ontbreekt + "\n" + tekst);
    }
}
