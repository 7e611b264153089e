package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A parent logs in on the real Keycloak page in a real browser, sees her child, and logs out. */
@QuarkusTest
class InloggenBrowserTest {

    @Test
    void ouderLogtInZietHaarKindEnLogtUit() {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/");
            browser.wachtOpKop("Welkom bij het Jeugdportaal");
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Inloggen")).click();
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Welkom, Sanne de Vries");
            String pagina = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(pagina.contains("Noor de Vries"), pagina);
            assertTrue(pagina.contains("Joost Mulder"), pagina);
            assertTrue(browser.driver.findElement(By.className("nood")).getText().contains("112"));
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Uitloggen")).click();
            browser.wachtOpKop("U bent uitgelogd");
            browser.assertToegankelijk();
        }
    }

    @Test
    void jeugdigeLogtInEnWordtMetJeAangesproken() {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak("elif", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Hoi Elif");
            assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Jouw dossier"));
            browser.assertToegankelijk();
        }
    }
}
