package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Bsns;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #12, the first "done when": the GI's case system registers a new family through the API
 * with a token of its own, the parent logs in with a browser and sees exactly what the rules of
 * DOMAIN.md §2 allow, the GI's next changes count on her next page view, and what she files in the
 * portal reaches the GI's feed under the GI's own ids.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class BronsysteemEindTotEindTest {
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String LOGIN = "e2e-roos";
    private static final String HUISBEZOEK = "Huisbezoek bij Roos en Mees";
    private static final String GESPREK = "Gesprek met Roos over Mees";
    private static final String OVER_OPA = "Gesprek met opa Henk";
    private static final String AFGESCHERMD = "Melding van de school";

    @Test
    void hetBronsysteemRegistreertEenGezinEnDeOuderZietInDeBrowserWatDeRegelsToestaan() throws Exception {
        Bronsysteem bron = Bronsysteem.aangemeld();
        Gezin g = Gezin.registreer(bron, "E2E", VANDAAG);
        bron.zet("/personen/E2E-opa", """
                {"bsn": "%s", "voornaam": "Henk", "achternaam": "Dam", "geboortedatum": "%s"}"""
                .formatted(Bsns.nieuw(), VANDAAG.minusYears(70)));
        String stukken = "/dossiers/" + g.dossier + "/stukken/";
        bron.zet(stukken + "S1", g.stuk(HUISBEZOEK, "\"" + g.kind + "\"", ""));
        assertEquals(201, bron.put(stukken + "S1/document", RegistratieApiTest.pdf(), "application/pdf").statusCode());
        bron.zet(stukken + "S2", g.stuk(GESPREK, "\"" + g.kind + "\", \"" + g.ouder + "\"", ""));
        bron.zet(stukken + "S3", g.stuk(OVER_OPA, "\"" + g.kind + "\", \"E2E-opa\"", ""));
        assertEquals(201, bron.put(stukken + "S3/document", RegistratieApiTest.pdf(), "application/pdf").statusCode());
        bron.zet(stukken + "S4", g.stuk(AFGESCHERMD, "\"" + g.kind + "\"",
                ", \"afgeschermd\": true, \"afschermreden\": \"Lopend onderzoek\""));

        new KeycloakBeheer().maakGebruiker(LOGIN, g.ouderBsn, "ouder");
        Long kind = Database.lees(() -> Persoon.<Persoon>find("bsn", g.kindBsn).singleResult().id);
        long huisbezoek = stukId(g, "S1");
        long gesprek = stukId(g, "S2");
        long overOpa = stukId(g, "S3");
        String dossier = Portaal.URL + "/dossier/" + kind;

        try (Browser browser = new Browser()) {
            browser.open(dossier);
            browser.loginOpKeycloak(LOGIN, Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Dossier van Mees");
            Document pagina = pagina(browser);
            assertEquals(Set.of(huisbezoek, gesprek), zichtbaar(pagina), "over Mees, en over Mees en Roos zelf");
            String tekst = pagina.select("main").text();
            for (String verborgen : List.of(OVER_OPA, AFGESCHERMD, "Tekst van " + OVER_OPA, "Tekst van " + AFGESCHERMD)) {
                assertFalse(tekst.contains(verborgen), "niet te zien: " + verborgen);
            }
            assertEquals(2, verborgenStukken(pagina), "twee stukken geteld, niet beschreven: " + tekst);
            assertEquals(List.of(origineel(kind, huisbezoek)), originelen(pagina));
            assertEquals("200 application/pdf", haal(browser, origineel(kind, huisbezoek)));
            assertEquals(404, status(haal(browser, origineel(kind, overOpa))), "het origineel van een stuk over opa");
            browser.assertToegankelijk();

            long start = laatsteVolgnummer(bron);
            browser.open(Portaal.URL + "/verzoeken/nieuw/kopie?kind=" + kind);
            browser.wacht.until(ExpectedConditions.elementToBeClickable(By.id("alles-ja"))).click();
            browser.driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
            browser.wacht.until(ExpectedConditions.urlMatches("/verzoeken/\\d+$"));
            String verzoek = browser.driver.getCurrentUrl().replaceAll(".*/verzoeken/(\\d+)$", "$1");
            List<JsonNode> nieuw = gebeurtenissenNa(bron, start);
            List<JsonNode> overVerzoek = nieuw.stream()
                    .filter(e -> e.get("onderwerp").asText().equals("/api/verzoeken/" + verzoek)).toList();
            assertEquals(1, overVerzoek.size(), nieuw.toString());
            assertEquals("VERZOEK_INGEDIEND", overVerzoek.get(0).get("soort").asText());
            assertEquals(g.dossier, overVerzoek.get(0).get("dossier").asText(), "het dossier onder het id van het bronsysteem");
            assertEquals(g.ouder, overVerzoek.get(0).get("persoon").asText(), "de ouder onder het id van het bronsysteem");

            assertEquals(204, bron.delete(stukken + "S1").statusCode());
            browser.open(dossier);
            browser.wachtOpKop("Dossier van Mees");
            pagina = pagina(browser);
            assertEquals(Set.of(gesprek), zichtbaar(pagina), "het vernietigde stuk is weg");
            assertFalse(pagina.select("main").text().contains(HUISBEZOEK));
            assertEquals(List.of(), originelen(pagina));
            assertEquals(404, status(haal(browser, origineel(kind, huisbezoek))), "en zijn origineel ook");

            bron.zet("/relaties/" + g.prefix + "-r1", g.relatie(VANDAAG.minusYears(9), VANDAAG.minusDays(1)));
            browser.open(dossier);
            browser.wachtOpKop("Deze pagina bestaat niet");
            pagina = pagina(browser);
            assertEquals(Set.of(), zichtbaar(pagina), "zonder gezag vandaag geen dossier meer");
            assertFalse(pagina.text().contains(GESPREK));
            assertEquals(404, status(haal(browser, "/api/dossiers/" + kind + "/stukken")));
        }
    }

    private static long stukId(Gezin g, String bronId) {
        return Database.lees(() -> Stuk.<Stuk>find("bronId = ?1 and dossier.bronId = ?2", bronId, g.dossier).singleResult().id);
    }

    private static String origineel(Long kind, long stuk) {
        return "/dossier/" + kind + "/stukken/" + stuk + "/origineel";
    }

    private static Document pagina(Browser browser) {
        return Jsoup.parse(browser.driver.getPageSource());
    }

    private static Set<Long> zichtbaar(Document pagina) {
        return pagina.select("ol.stukken article.stuk[aria-labelledby]").stream()
                .map(a -> Long.valueOf(a.attr("aria-labelledby").substring("stuk-".length()))).collect(Collectors.toSet());
    }

    /** The hidden stukken the page counts, one line per reason ("1 stuk kunt u niet zien."). */
    private static long verborgenStukken(Document pagina) {
        long aantal = 0;
        for (Element regel : pagina.select("li.stuk.verborgen > p > strong")) {
            String tekst = regel.text();
            aantal += tekst.startsWith("1 stuk ") ? 1 : Long.parseLong(tekst.substring(0, tekst.indexOf(' ')));
        }
        return aantal;
    }

    private static List<String> originelen(Document pagina) {
        return pagina.select("a[href$=/origineel]").stream().map(a -> a.attr("href")).toList();
    }

    /** Fetches a path inside the browser's own session: the status and content type. */
    private static String haal(Browser browser, String pad) {
        return (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const klaar = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual'}).then(r => klaar(r.status + ' ' + r.headers.get('content-type')),"
                        + " e => klaar('fout ' + e));", Portaal.URL + pad);
    }

    private static int status(String haal) {
        return Integer.parseInt(haal.substring(0, haal.indexOf(' ')));
    }

    private static long laatsteVolgnummer(Bronsysteem bron) {
        long na = 0;
        while (true) {
            long volgende = Bronsysteem.lees(bron.get("/gebeurtenissen?max=1000&na=" + na)).get("volgende").asLong();
            if (volgende == na) {
                return na;
            }
            na = volgende;
        }
    }

    private static List<JsonNode> gebeurtenissenNa(Bronsysteem bron, long na) {
        List<JsonNode> uit = new ArrayList<>();
        Bronsysteem.lees(bron.get("/gebeurtenissen?max=1000&na=" + na)).get("gebeurtenissen").forEach(uit::add);
        return uit;
    }
}
