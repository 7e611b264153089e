package nl.jeugdportaal.klacht;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Filing a complaint in a real browser and following its timeline, with axe-core on every page. */
@QuarkusTest
class KlachtBrowserTest {

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

    private static String tekst(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }
}
