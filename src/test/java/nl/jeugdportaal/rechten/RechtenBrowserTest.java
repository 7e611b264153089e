package nl.jeugdportaal.rechten;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.rechten.regels.Keerpunt;
import nl.jeugdportaal.rechten.regels.Rechtsgang;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Datums;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The "Done when" of issue 14 in a real browser, with axe-core on every page the family reads. */
@QuarkusTest
class RechtenBrowserTest {
    private static final Pattern VERZOEK_ID = Pattern.compile("/verzoeken/(\\d+)");

    @Inject
    Keerpuntmeldingen keerpunten;

    @Test
    void eenOuderLeestBijEenKlachtOverDeVerlengingDeRouteEnDeLaatsteDag() {
        long daan = Database.id("Daan");
        LocalDate beschikking = Database.lees(() -> Stuk.<Stuk>find("dossier.kind.id = ?1 and soort = ?2 and titel like ?3",
                daan, StukSoort.BESCHIKKING, "%verlenging%").singleResult().datum);
        LocalDate uiterlijk = Rechtsgang.laatsteDagHogerBeroep(beschikking);
        try (Browser linda = new Browser()) {
            linda.open(Portaal.URL + "/klachten/nieuw?kind=" + daan);
            linda.loginOpKeycloak("linda", Inlogsessie.WACHTWOORD);
            linda.wachtOpKop("Een klacht indienen");
            String tekst = tekst(linda);
            assertTrue(tekst.contains("hoger beroep gaan bij het gerechtshof") && tekst.contains("binnen drie maanden na de beschikking"),
                    tekst);
            assertTrue(tekst.contains("Juridisch Loket") && tekst.contains("toevoeging"), tekst);
            assertTrue(tekst.contains("de kinderrechter vragen om de OTS eerder te stoppen") && tekst.contains("vanaf 12 jaar"), tekst);
            assertTrue(tekst.contains("Beschikking verlenging ondertoezichtstelling van " + Datums.lang(beschikking) + ". Hoger beroep "
                    + (Rechtsgang.beroepMogelijk(beschikking, LocalDate.now()) ? "kan" : "kon") + " tot en met "
                    + Datums.lang(uiterlijk) + "."), tekst);
            assertTrue(tekst.contains("Daarover kunt u wel bij ons klagen."), "the GI's preparation stays a complaint");
            assertTrue(tekst.contains("SKJ") && tekst.contains("Nationale ombudsman") && tekst.contains("Kinderombudsman"), tekst);
            linda.assertToegankelijk();
        }
    }

    @Test
    void eenGeweigerdeKopieNoemtDeApDeRechterEnDeFg() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long noor = Database.id("Noor");
        HttpResponse<String> formulier = sanne.open("/verzoeken/nieuw/kopie?kind=" + noor);
        HttpResponse<String> ingediend = sanne.verstuur(formulier, "/verzoeken/nieuw/kopie", "kind", String.valueOf(noor),
                "alles", "ja");
        Matcher m = VERZOEK_ID.matcher(ingediend.uri().getPath());
        assertTrue(m.find(), ingediend.body());
        String verzoek = m.group(1);
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        HttpResponse<String> besluit = joost.verstuur(joost.open("/verzoeken/" + verzoek), "/verzoeken/" + verzoek + "/besluit",
                "besluit", "AFGEWEZEN", "motivatie", "Het dossier wordt nu naar de rechtbank gestuurd.");
        assertEquals(200, besluit.statusCode(), besluit.body());
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/verzoeken/" + verzoek);
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Kopie van het dossier");
            String tekst = tekst(browser);
            assertTrue(tekst.contains("Autoriteit Persoonsgegevens"), tekst);
            assertTrue(tekst.contains("binnen 6 weken de burgerlijke rechter") && tekst.contains("geen advocaat"), tekst);
            assertTrue(tekst.contains("functionaris gegevensbescherming (FG)"), tekst);
            browser.assertToegankelijk();
            browser.driver.findElement(By.linkText("Stel een vraag aan de FG")).click();
            browser.wachtOpKop("Een vraag aan de functionaris gegevensbescherming");
            browser.driver.findElement(By.id("tekst")).sendKeys("Waarom krijg ik geen kopie van het dossier?");
            browser.driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
            browser.wachtOpKop("Een vraag aan de functionaris gegevensbescherming");
            assertTrue(tekst(browser).contains("Er is nog geen antwoord."), tekst(browser));
            browser.assertToegankelijk();
        }
        Inlogsessie peter = Inlogsessie.als(Portaal.URL, "peter");
        HttpResponse<String> fg = peter.open("/fg");
        Matcher vraag = Pattern.compile("action=\"(/fg/(\\d+)/antwoord)\"").matcher(fg.body());
        assertTrue(vraag.find(), fg.body());
        peter.verstuur(fg, vraag.group(1), "tekst", "Tijdens de rechtszaak mag dat niet. Daarna kunt u het opnieuw vragen.");
        assertTrue(sanne.open("/fg").body().contains("Tijdens de rechtszaak mag dat niet."), "the answer in the portal");
        assertTrue(sanne.open("/berichten").body().contains("antwoord van de FG"), "and a message about it");
    }

    @Test
    void eenPleegouderDientEenKlachtIn() {
        long elif = Database.id("Elif");
        try (Browser hanneke = new Browser()) {
            hanneke.open(Portaal.URL + "/klachten/nieuw?kind=" + elif);
            hanneke.loginOpKeycloak("hanneke", Inlogsessie.WACHTWOORD);
            hanneke.wachtOpKop("Een klacht indienen");
            assertTrue(tekst(hanneke).contains("U zorgt voor het kind. Daarom mag u een klacht indienen"), tekst(hanneke));
            assertTrue(hanneke.driver.findElements(By.id("klager-MOEDER")).isEmpty(), "a pleegouder is not asked mother or father");
            hanneke.assertToegankelijk();
            vulKlachtIn(hanneke, "klager-PLEEGOUDERS");
            hanneke.wachtOpKop("Klacht van");
            assertTrue(tekst(hanneke).contains("Hanneke Vos"), tekst(hanneke));
            hanneke.assertToegankelijk();
        }
        assertEquals(200, Inlogsessie.als(Portaal.URL, "hanneke").open("/dossier/" + elif).statusCode(),
                "the dossier page opens, to say what she cannot see");
        assertEquals(404, Inlogsessie.als(Portaal.URL, "hanneke").open("/plan/" + elif).statusCode(),
                "the plan is for the gezag-holders and the child (DOMAIN §2 rule 11)");
    }

    @Test
    void femkeDientEenKlachtInVoorSanneEnVolgtZe() {
        long noor = Database.id("Noor");
        long sanne = Database.id("Sanne");
        try (Browser femke = new Browser()) {
            femke.open(Portaal.URL + "/klachten/nieuw?kind=" + noor + "&namens=" + sanne);
            femke.loginOpKeycloak("femke", Inlogsessie.WACHTWOORD);
            femke.wachtOpKop("Een klacht indienen");
            assertTrue(tekst(femke).contains("U werkt nu namens Sanne de Vries."), tekst(femke));
            vulKlachtIn(femke, "klager-MOEDER");
            femke.wachtOpKop("Klacht van");
            assertTrue(tekst(femke).contains("Ingediend door Femke de Boer, vertrouwenspersoon"), tekst(femke));
            femke.assertToegankelijk();
            femke.open(Portaal.URL + "/klachten");
            femke.wachtOpKop("Mijn klachten");
            // Sanne's own complaints of the demo are on Femke's list too, while the machtiging holds.
            long vanSanneZelf = Database.lees(() -> nl.jeugdportaal.klacht.Klacht.<nl.jeugdportaal.klacht.Klacht>find(
                    "klager.id = ?1 and indiener.id = ?1", sanne).firstResult().id);
            femke.driver.findElement(By.cssSelector("a[href='/klachten/" + vanSanneZelf + "?namens=" + sanne + "']")).click();
            femke.wachtOpKop("Klacht van");
            femke.assertToegankelijk();
        }
    }

    @Test
    void daanKrijgtHetBerichtOverZijn16deOpDeJuisteDag() {
        LocalDate geboren = Database.lees(() -> Persoon.<Persoon>find("voornaam", "Daan").singleResult().geboortedatum);
        LocalDate dag = Keerpunt.ZESTIEN.vanaf(geboren);
        keerpunten.stuur(dag.minusDays(1));
        assertFalse(berichten("daan").contains("wat er verandert bij 16 jaar"), "not before the month before the birthday");
        assertTrue(keerpunten.stuur(dag) >= 3, "Daan, Linda and Erik");
        assertEquals(0, keerpunten.stuur(dag), "a second run sends nothing");
        assertEquals(0, keerpunten.stuur(dag.plusDays(3)), "nor does a later day");
        assertTrue(berichten("linda").contains("Over een maand wordt Daan 16 jaar."));
        try (Browser daan = new Browser()) {
            daan.open(Portaal.URL + "/berichten");
            daan.loginOpKeycloak("daan", Inlogsessie.WACHTWOORD);
            daan.wachtOpKop("Berichten");
            String tekst = tekst(daan);
            assertTrue(tekst.contains("wat er verandert bij 16 jaar"), tekst);
            assertTrue(tekst.contains("Over een maand word je 16. Dan beslis je zelf wie je dossier mag zien."), tekst);
            daan.assertToegankelijk();
        }
    }

    private static String berichten(String login) {
        return Inlogsessie.als(Portaal.URL, login).open("/berichten").body();
    }

    private static void vulKlachtIn(Browser browser, String klager) {
        browser.driver.findElement(By.id("tekst")).sendKeys("Niemand vertelt ons wanneer het bezoek is.");
        browser.driver.findElement(By.id("onderdelen")).sendKeys("We horen te laat wanneer het bezoek is.");
        browser.driver.findElement(By.id("aard-BEREIKBAARHEID")).click();
        browser.driver.findElement(By.id(klager)).click();
        browser.driver.findElement(By.id("route-STAP1")).click();
        browser.driver.findElement(By.id("steun-GEEN")).click();
        browser.driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
    }

    private static String tekst(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText().replaceAll("\\s+", " ");
    }
}
