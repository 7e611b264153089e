package nl.jeugdportaal.verzoek;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A correctie in a real browser, from the dossier page to the decision to the changed stuk, with
 * axe-core checking WCAG 2.1 A/AA on every page on the way.
 */
@QuarkusTest
class VerzoekBrowserTest {

    @Test
    void correctieVanIndienenTotAangepastStuk() {
        long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        long stuk = Stuk.<Stuk>find("titel = ?1 and dossier.kind.id = ?2", "Gesprek met moeder over voornemen verlenging",
                noor).singleResult().id;
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/dossier/" + noor);
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Dossier van Noor");
            browser.assertToegankelijk();

            browser.driver.findElement(By.cssSelector("a[href*='/verzoeken/nieuw/correctie'][href*='stuk=" + stuk + "']")).click();
            browser.wachtOpKop("Correctie van een stuk vragen");
            browser.assertToegankelijk();
            browser.driver.findElement(By.id("zin")).sendKeys("Moeder wil de verlenging niet.");
            browser.driver.findElement(By.id("watFout")).sendKeys("Ik heb gezegd dat ik twijfel, niet dat ik het niet wil.");
            browser.driver.findElement(By.id("watMoetHetZijn")).sendKeys("Moeder twijfelt over de verlenging.");
            browser.driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
            browser.wachtOpKop("Verzoek: Correctie van een stuk");
            String verzoek = browser.driver.getCurrentUrl().replaceAll(".*/verzoeken/(\\d+).*", "$1");
            assertTrue(tekst(browser).contains("In behandeling"));
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Uitloggen")).click();
            browser.wachtOpKop("U bent uitgelogd");

            browser.open(Portaal.URL + "/verzoeken");
            browser.loginOpKeycloak("joost", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Verzoeken over uw dossiers");
            browser.assertToegankelijk();
            browser.driver.findElement(By.cssSelector("a[href='/verzoeken/" + verzoek + "']")).click();
            browser.wachtOpKop("Verzoek: Correctie van een stuk");
            browser.assertToegankelijk();
            browser.driver.findElement(By.id("b-toegewezen")).click();
            browser.driver.findElement(By.id("motivatie")).sendKeys("U heeft gelijk. We hebben de zin aangepast.");
            WebElement nieuweTekst = browser.driver.findElement(By.id("nieuweTekst"));
            nieuweTekst.sendKeys("\n\nAanvulling: moeder twijfelt over de verlenging.");
            browser.driver.findElement(By.xpath("//button[text()='Besluit opslaan']")).click();
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Besluit: Toegewezen"));
            assertTrue(tekst(browser).contains("Wat er in het stuk is veranderd"));
            browser.assertToegankelijk();

            browser.open(Portaal.URL + "/dossier/" + noor);
            browser.wachtOpKop("Dossier van Noor");
            assertTrue(tekst(browser).contains("Aanvulling: moeder twijfelt over de verlenging."), "het stuk is aangepast");
            browser.assertToegankelijk();
        }
    }

    private static String tekst(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }
}
