package nl.jeugdportaal.klacht;

import static nl.jeugdportaal.klacht.Klachtvoorbeeld.goed;
import static nl.jeugdportaal.klacht.Klachtvoorbeeld.stap;
import static nl.jeugdportaal.klacht.Klachtvoorbeeld.teLaat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Datums;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Filing a complaint in a real browser and following its timeline, with axe-core on every page. */
@QuarkusTest
class KlachtBrowserTest {
    @Inject
    Clock clock;

    @Test
    void klachtIndienenEnDeTijdlijnVolgen() {
        long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/dossier/" + noor);
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Dossier van Noor");
            browser.driver.findElement(By.partialLinkText("Dien een klacht in")).click();
            browser.wachtOpKop("Een klacht indienen");
            browser.assertToegankelijk();

            browser.driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
            browser.wachtOpKop("Een klacht indienen");
            assertTrue(tekst(browser).contains("Vul dit veld in"), "een melding bij het lege veld");
            browser.assertToegankelijk();

            browser.driver.findElement(By.id("tekst")).sendKeys("De jeugdbeschermer belt niet terug.");
            browser.driver.findElement(By.id("onderdelen")).sendKeys("Ik werd niet teruggebeld.\nIk hoorde niets over het rapport.");
            browser.driver.findElement(By.id("aard-BEREIKBAARHEID")).click();
            browser.driver.findElement(By.id("klager-MOEDER")).click();
            browser.driver.findElement(By.id("route-STAP1")).click();
            browser.driver.findElement(By.id("steun-AKJ")).click();
            browser.driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
            browser.wachtOpKop("Klacht van");
            String klacht = tekst(browser);
            assertTrue(klacht.contains("Wat gebeurt er nu?"), klacht);
            assertTrue(klacht.contains("Uitnodiging voor het klachtgesprek (stap 1)"), klacht);
            assertTrue(klacht.contains("Ik hoorde niets over het rapport."), klacht);
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Naar de klachten")).click();
            browser.wachtOpKop("Mijn klachten");
            browser.assertToegankelijk();
            browser.driver.findElement(By.linkText("Uitloggen")).click();
            browser.wachtOpKop("U bent uitgelogd");

            browser.open(Portaal.URL + "/klachten/leren");
            browser.loginOpKeycloak("karin", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Leren van klachten");
            browser.assertToegankelijk();
            browser.open(Portaal.URL + "/klachten");
            browser.wachtOpKop("Open klachten van het team");
            assertTrue(tekst(browser).contains("Te laat"), "de demo heeft klachten met een stap die te laat is");
            browser.assertToegankelijk();
        }
    }

    /**
     * One complaint from Stap 1 to the instellingsreactie, everyone in their own browser doing their
     * part: Sanne files and answers, Joost holds the klachtgesprek of Stap 1, Karin (his leidinggevende)
     * Stap 2 and the KJMN milestones. Staff enter dates as they happened, counted back from today on the
     * portal's clock; Sanne's timeline shows each due date that follows, and a verslag and an
     * instellingsreactie past their due date show as late to Sanne and on Karin's list.
     */
    @Test
    void eenKlachtVanStap1TotDeInstellingsreactie() {
        LocalDate vandaag = LocalDate.now(clock);
        try (Browser sanne = new Browser(); Browser joost = new Browser(); Browser karin = new Browser()) {
            inloggen(sanne, "/klachten/nieuw?kind=" + Database.id("Noor"), "sanne", "Een klacht indienen");
            verstuur(sanne, "/klachten/nieuw", (Object[]) goed("STAP1"));
            long klacht = Klachtvoorbeeld.id(URI.create(sanne.driver.getCurrentUrl()));
            String pagina = "/klachten/" + klacht;
            assertTrue(tijdlijn(sanne).contains(stap("Uitnodiging voor het klachtgesprek (stap 1)", "Jeugdbeschermer",
                    vandaag.plusWeeks(2))), tijdlijn(sanne).toString());

            // The klachtgesprek of Stap 1 was twenty days ago; its verslag was due two weeks after it.
            inloggen(joost, pagina, "joost", "Klacht van");
            verstuur(joost, pagina + "/gesprek", "uitgenodigdOp", vandaag.minusDays(25), "datum", vandaag.minusDays(20),
                    "deelnemers", "Sanne, Femke (vertrouwenspersoon) en Joost");
            ververs(sanne);
            assertTrue(tijdlijn(sanne).contains(teLaat("Verslag van het gesprek", "GI", vandaag.minusDays(6))),
                    tijdlijn(sanne).toString());
            assertTrue(tekst(sanne).contains("Te laat. Dit had al klaar moeten zijn. U mag de leidinggevende bellen."),
                    tekst(sanne));
            inloggen(karin, "/klachten", "karin", "Open klachten van het team");
            assertTrue(rij(karin, klacht).contains("Verslag van het gesprek Te laat"), rij(karin, klacht));

            verstuur(joost, pagina + "/verslag", "stap", "1", "verslag", "We spraken over het terugbellen.");
            verstuur(joost, pagina + "/uitkomst", "stap", "1", "uitkomst", "NIET_OPGELOST",
                    "volgendeStap", "Een klachtgesprek met de leidinggevende.");
            ververs(sanne);
            assertTrue(tekst(sanne).contains("Verslag uiterlijk op " + Datums.lang(vandaag.minusDays(6)) + ". Te laat"),
                    "het verslag kwam te laat: " + tekst(sanne));
            verstuur(sanne, pagina + "/klopt-het", "klopt", "ja");
            verstuur(sanne, pagina + "/verder");
            assertTrue(tijdlijn(sanne).contains(stap("Uitnodiging voor het klachtgesprek (stap 2)", "Leidinggevende",
                    vandaag.plusWeeks(2))), tijdlijn(sanne).toString());

            // Stap 2, with Karin: the gesprek was yesterday, so its verslag is due in thirteen days.
            karin.open(Portaal.URL + pagina);
            karin.wachtOpKop("Klacht van");
            verstuur(karin, pagina + "/gesprek", "uitgenodigdOp", vandaag.minusDays(8), "datum", vandaag.minusDays(1),
                    "deelnemers", "Sanne, Karin, Joost en een notulist");
            ververs(sanne);
            assertTrue(tijdlijn(sanne).contains(stap("Verslag van het gesprek", "GI", vandaag.minusDays(1).plusWeeks(2))),
                    tijdlijn(sanne).toString());
            verstuur(karin, pagina + "/verslag", "stap", "2", "verslag", "Karin en Sanne spraken over het rapport.");
            verstuur(karin, pagina + "/uitkomst", "stap", "2", "uitkomst", "DEELS", "volgendeStap", "De KJMN.");
            ververs(sanne);
            verstuur(sanne, pagina + "/klopt-het", "klopt", "nee", "reactie", "Het rapport is niet besproken.");
            verstuur(sanne, pagina + "/verder");
            // The portal cannot send it: until Sanne says she did, nothing is "sent" and no KJMN term runs.
            assertTrue(tijdlijn(sanne).contains("Klacht naar de KJMN sturen. Wie: Klager."), tijdlijn(sanne).toString());
            assertTrue(tekst(sanne).contains("klachtencommissiejeugdmn.nl"), tekst(sanne));
            verstuur(sanne, pagina + "/naar-kjmn", "datum", vandaag);
            List<String> tijdlijn = tijdlijn(sanne);
            assertTrue(tijdlijn.contains("Klaar: Klacht naar de KJMN gestuurd. Wie: Klager. Datum: " + Datums.lang(vandaag) + "."),
                    tijdlijn.toString());
            assertTrue(tijdlijn.contains(stap("De KJMN bevestigt dat zij de klacht heeft", "KJMN", vandaag.plusWeeks(1))),
                    tijdlijn.toString());
            assertTrue(tijdlijn.contains(stap("De KJMN kijkt of de klacht compleet is", "KJMN", vandaag.plusWeeks(2))),
                    tijdlijn.toString());

            // The KJMN ruled two months ago and the GI has not answered: its month has passed.
            LocalDate uitspraak = vandaag.minusMonths(2);
            ververs(karin);
            verstuur(karin, pagina + "/kjmn", "mijlpaal", "ontvangen", "datum", vandaag);
            verstuur(karin, pagina + "/uitspraak", "datum", uitspraak, "uitspraak", "GEGROND", "uitspraak", "ONGEGROND");
            ververs(sanne);
            assertTrue(tijdlijn(sanne).contains(teLaat("Reactie van de GI op de uitspraak", "GI", uitspraak.plusMonths(1))),
                    tijdlijn(sanne).toString());
            assertTrue(tekst(sanne).contains("Te laat. Dit had al klaar moeten zijn."), tekst(sanne));
            karin.open(Portaal.URL + "/klachten");
            karin.wachtOpKop("Open klachten van het team");
            assertTrue(rij(karin, klacht).contains("Reactie van de GI op de uitspraak Te laat"), rij(karin, klacht));

            karin.open(Portaal.URL + pagina);
            karin.wachtOpKop("Klacht van");
            verstuur(karin, pagina + "/instellingsreactie", "overgenomen", "ja",
                    "maatregel", "Joost belt voortaan binnen een dag terug.", "reactie", "Wij nemen de uitspraak over.");
            ververs(sanne);
            assertTrue(tekst(sanne).contains("Afgerond op " + Datums.lang(vandaag)), tekst(sanne));
            assertTrue(tekst(sanne).contains("Wat we doen: Joost belt voortaan binnen een dag terug."), tekst(sanne));
        }
    }

    private static void inloggen(Browser browser, String pad, String login, String kop) {
        browser.open(Portaal.URL + pad);
        browser.loginOpKeycloak(login, Inlogsessie.WACHTWOORD);
        browser.wachtOpKop(kop);
        browser.assertToegankelijk();
    }

    private static void ververs(Browser browser) {
        browser.driver.navigate().refresh();
        browser.wachtOpKop("Klacht van");
        browser.assertToegankelijk();
    }

    /**
     * Fills the form that posts to {@code actie} as a person would, sends it and checks the complaint
     * page it leads to. {@code velden} are name, value pairs as in {@link KlachtTest}; a name may repeat
     * (the n-th field of that name), and a hidden field's value picks the form when several post to
     * the same address (the verslag of stap 1 or stap 2).
     */
    private static void verstuur(Browser browser, String actie, Object... velden) {
        WebElement formulier = browser.driver.findElements(By.cssSelector("form[action='" + actie + "']")).stream()
                .filter(f -> verborgenVeldenKloppen(f, velden)).findFirst()
                .orElseThrow(() -> new AssertionError("geen formulier naar " + actie + " op " + browser.driver.getCurrentUrl()));
        Map<String, Integer> gevuld = new HashMap<>();
        for (int i = 0; i < velden.length; i += 2) {
            String naam = (String) velden[i];
            String waarde = String.valueOf(velden[i + 1]);
            WebElement veld = formulier.findElements(By.name(naam)).get(gevuld.merge(naam, 1, Integer::sum) - 1);
            switch (veld.getTagName().equals("select") ? "select" : String.valueOf(veld.getAttribute("type"))) {
                case "hidden" -> {
                }
                case "radio" -> formulier.findElement(By.cssSelector("input[name='" + naam + "'][value='" + waarde + "']")).click();
                case "select" -> new Select(veld).selectByValue(waarde);
                // Chromium types a date in the reader's own format; the value is what the form sends.
                case "date" -> ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", veld, waarde);
                default -> veld.sendKeys(waarde);
            }
        }
        WebElement knop = formulier.findElement(By.cssSelector("button[type=submit]"));
        knop.click();
        browser.wacht.until(ExpectedConditions.stalenessOf(knop));
        browser.wachtOpKop("Klacht van");
        assertTrue(browser.driver.findElements(By.cssSelector(".fout, .waarschuwing")).isEmpty(),
                () -> actie + " is niet opgeslagen:\n" + tekst(browser));
        browser.assertToegankelijk();
    }

    private static boolean verborgenVeldenKloppen(WebElement formulier, Object... velden) {
        for (int i = 0; i < velden.length; i += 2) {
            for (WebElement veld : formulier.findElements(By.cssSelector("input[type=hidden][name='" + velden[i] + "']"))) {
                if (!String.valueOf(velden[i + 1]).equals(veld.getAttribute("value"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The steps of the timeline, one line each, as the reader sees them. */
    private static List<String> tijdlijn(Browser browser) {
        return browser.driver.findElements(By.cssSelector("ol.tijdlijn > li")).stream().map(WebElement::getText).toList();
    }

    /** The complaint's row on the staff list. */
    private static String rij(Browser browser, long klacht) {
        return browser.driver.findElement(By.cssSelector("a[href='/klachten/" + klacht + "']"))
                .findElement(By.xpath("ancestor::tr")).getText();
    }

    private static String tekst(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }
}
