package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.registratie.Persoon;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A parent logs in with DigiD (the stand-in realm digid-simulatie) in a real browser: no account
 * was made for her by hand, the registration knows her by the BSN DigiD gives, and her second
 * login uses the account the first one linked.
 */
@QuarkusTest
class DigidBrowserTest {

    @Test
    void ouderLogtInMetDigidEnIsDeOuderDieDeRegistratieKent() {
        String bsn = Database.lees(() -> Persoon.<Persoon>find("voornaam", "Sanne").singleResult().bsn);
        KeycloakBeheer keycloak = new KeycloakBeheer();
        keycloak.vergeetDigidAccount(bsn);
        int accountsVooraf = keycloak.accountsMetBsn(bsn);

        try (Browser browser = new Browser()) {
            logInMetDigid(browser, bsn);
            String eersteAccount = keycloak.digidAccount(bsn).orElseThrow(() -> new AssertionError("geen account gekoppeld"));
            assertEquals(accountsVooraf + 1, keycloak.accountsMetBsn(bsn), "de eerste DigiD-login maakt één account");

            browser.driver.findElement(By.linkText("Uitloggen")).click();
            browser.wachtOpKop("U bent uitgelogd");

            logInMetDigid(browser, bsn);
            assertEquals(eersteAccount, keycloak.digidAccount(bsn).orElseThrow(), "de tweede login gebruikt hetzelfde account");
            assertEquals(accountsVooraf + 1, keycloak.accountsMetBsn(bsn), "geen tweede account");
        }
    }

    /** From the portal's start to Sanne's start page, through Keycloak and the DigiD stand-in. */
    private static void logInMetDigid(Browser browser, String bsn) {
        browser.open(Portaal.URL + "/start");
        browser.wacht.until(d -> !d.findElements(By.partialLinkText("Inloggen met DigiD")).isEmpty());
        browser.driver.findElement(By.partialLinkText("Inloggen met DigiD")).click();
        browser.loginOpKeycloak(bsn, Inlogsessie.WACHTWOORD);
        browser.wachtOpKop("Welkom, Sanne de Vries");
        String pagina = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(pagina.contains("Noor de Vries"), pagina);
        assertTrue(pagina.contains("u heeft het gezag"), pagina);
        browser.assertToegankelijk();
    }
}
