package nl.jeugdportaal.toestemming;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Demostand;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Elif gives her father toestemming and withdraws it in a real browser, and Sanne looks at her
 * machtiging; every page, the error states included, passes axe.
 */
@QuarkusTest
class ToestemmingBrowserTest {
    private static final By MELDING = By.cssSelector("[role=status]");
    private static final By RIJ_MURAT = By.xpath(
            "//section[@aria-labelledby='gegeven-kop']//tr[td[normalize-space()='Murat Yilmaz']]");

    private Demostand demostand;

    @BeforeEach
    void legVast() {
        demostand = Demostand.vastleggen();
    }

    @AfterEach
    void herstel() {
        demostand.herstel();
    }

    @Test
    void elifGeeftVaderToestemmingZietDieInDeLijstEnTrektHemIn() {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak("elif", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Hoi Elif");
            browser.driver.findElement(By.linkText("Toestemming")).click();
            browser.wachtOpKop("Toestemming");
            browser.assertToegankelijk();

            // First without choosing to whom: the message stands next to the field, and passes axe too.
            new Select(browser.driver.findElement(By.id("over"))).selectByVisibleText("Mijzelf");
            browser.driver.findElement(By.xpath("//button[normalize-space()='Toestemming geven']")).click();
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("aan-fout"),
                    "Kies aan wie je toestemming geeft."));
            assertTrue(new Select(browser.driver.findElement(By.id("over"))).getFirstSelectedOption().getText()
                    .equals("Mijzelf"), "de keuze blijft staan");
            browser.assertToegankelijk();

            new Select(browser.driver.findElement(By.id("aan"))).selectByVisibleText("Murat Yilmaz");
            browser.driver.findElement(By.xpath("//button[normalize-space()='Toestemming geven']")).click();
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(MELDING,
                    "Je toestemming is opgeslagen."));
            WebElement rij = browser.driver.findElement(RIJ_MURAT);
            assertTrue(rij.getText().contains("geldig"), rij.getText());
            browser.assertToegankelijk();

            rij.findElement(By.tagName("button")).click();
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(MELDING,
                    "De toestemming is ingetrokken."));
            String daarna = browser.driver.findElement(RIJ_MURAT).getText();
            assertTrue(daarna.contains("ingetrokken"), daarna);
            browser.assertToegankelijk();
        }
    }

    @Test
    void sanneZietHaarMachtigingEnEenFoutBijHetVeld() {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Welkom, Sanne de Vries");
            browser.driver.findElement(By.linkText("Een vertrouwenspersoon machtigen")).click();
            browser.wachtOpKop("Machtiging voor een vertrouwenspersoon");
            String pagina = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(pagina.contains("Femke de Boer") && pagina.contains("Status: geldig."), pagina);
            browser.assertToegankelijk();

            browser.driver.findElement(By.xpath("//button[normalize-space()='Machtiging geven']")).click();
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vertrouwenspersoon-fout"),
                    "Kies een vertrouwenspersoon."));
            browser.assertToegankelijk();
        }
    }
}
