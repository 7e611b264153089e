package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The dossier flows in a real browser: a parent, a vertrouwenspersoon acting for her, and the access log. */
@QuarkusTest
class DossierBrowserTest {

    @Test
    void ouderBekijktDossierFiltertEnZietWieKeek() {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Welkom, Sanne de Vries");
            browser.driver.findElement(By.linkText("Bekijk het dossier van Noor de Vries")).click();
            browser.wachtOpKop("Dossier van Noor de Vries");
            browser.assertToegankelijk();

            List<WebElement> stukken = browser.driver.findElements(By.cssSelector("article.stuk"));
            assertFalse(stukken.isEmpty(), "Sanne heeft gezag en ziet stukken over Noor");
            // "Waarom zie ik dit?" opens with the keyboard, as everything must.
            WebElement waarom = stukken.get(0).findElement(By.tagName("summary"));
            waarom.sendKeys(Keys.ENTER);
            assertTrue(stukken.get(0).findElement(By.tagName("details")).getAttribute("open") != null);

            new Select(browser.driver.findElement(By.id("soort"))).selectByValue("VEILIGHEIDSPLAN");
            browser.driver.findElement(By.cssSelector("form.filter button")).click();
            browser.wacht.until(d -> d.getCurrentUrl().contains("soort=VEILIGHEIDSPLAN"));
            for (WebElement meta : browser.driver.findElements(By.cssSelector("article.stuk .meta"))) {
                assertTrue(meta.getText().contains("Veiligheidsplan"), meta.getText());
            }
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Wie keek in mijn gegevens?")).click();
            browser.wachtOpKop("Wie heeft uw gegevens bekeken?");
            new Select(browser.driver.findElement(By.id("over"))).selectByVisibleText("Noor de Vries");
            browser.driver.findElement(By.cssSelector("form.filter button")).click();
            browser.wacht.until(d -> d.findElement(By.tagName("main")).getText().contains("Gegevens van Noor de Vries"));
            assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Sanne de Vries"),
                    "Sanne's eigen bezoek staat in het overzicht");
            browser.assertToegankelijk();
        }
    }

    @Test
    void vertrouwenspersoonWerktNamensEenClientMetZichtbareBanner() {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak("femke", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Welkom, Femke de Boer");
            browser.driver.findElement(By.partialLinkText("Dossier van Noor de Vries")).click();
            browser.wachtOpKop("Dossier van Noor de Vries");
            String banner = browser.driver.findElement(By.className("namens")).getText();
            assertTrue(banner.contains("U werkt nu namens Sanne de Vries"), banner);
            browser.assertToegankelijk();
        }
    }
}
