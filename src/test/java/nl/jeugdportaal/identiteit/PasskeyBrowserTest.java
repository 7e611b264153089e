package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A professional may use a passkey (WebAuthn) as the second factor instead of the app's code. On
 * localhost, not 127.0.0.1: WebAuthn refuses an IP address as relying party. So this test goes to
 * Keycloak's own account pages, which the same browser flow guards; the portal's login is the same
 * flow (ProfessionalBrowserTest). Chromium's virtual authenticator plays the security key.
 */
@QuarkusTest
class PasskeyBrowserTest {
    private static final String LOGIN = "t-sleutel";
    /** The key as Keycloak stores it; an app gets it in base32. */
    private static final String APPSLEUTEL = "12345678901234567890";
    private static final String ACCOUNT = "http://localhost:" + KeycloakTestResource.POORT + "/realms/jeugdportaal/account";

    @Test
    void eenProfessionalLogtInMetWachtwoordEnPasskey() {
        new KeycloakBeheer().maakProfessionalMetApp(LOGIN, APPSLEUTEL);
        try (Browser browser = new Browser()) {
            ((HasVirtualAuthenticator) browser.driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                    .setHasResidentKey(false).setHasUserVerification(true).setIsUserVerified(true));

            // First login: password, the app's code, then Keycloak asks to add the passkey.
            browser.open(ACCOUNT);
            browser.loginOpKeycloak(LOGIN, Inlogsessie.WACHTWOORD);
            browser.wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                    .sendKeys(Totp.code(Totp.alsGetoond(APPSLEUTEL), Totp.stap(Instant.now())));
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wacht.until(ExpectedConditions.elementToBeClickable(By.id("registerWebAuthn"))).click();
            browser.wacht.until(ExpectedConditions.alertIsPresent()).accept();
            opDeAccountpagina(browser);

            // Second login: password, then the passkey instead of the code. A fresh start, as after
            // closing the browser: cookies and what the account app keeps in the page's storage gone.
            ((JavascriptExecutor) browser.driver).executeScript("localStorage.clear(); sessionStorage.clear();");
            browser.driver.manage().deleteAllCookies();
            naarHetInlogformulier(browser);
            browser.loginOpKeycloak(LOGIN, Inlogsessie.WACHTWOORD);
            browser.wacht.until(ExpectedConditions.elementToBeClickable(By.id("try-another-way"))).click();
            browser.wacht.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[@name='authenticationExecution'][contains(., 'Passkey')]"))).click();
            browser.wacht.until(ExpectedConditions.elementToBeClickable(By.id("authenticateWebAuthnButton"))).click();
            opDeAccountpagina(browser);
        }
    }

    /**
     * Keycloak's account app sends a visitor without a session to the login form. In one full run its
     * start failed once ("Something went wrong", no form); then it is opened again, at most three times.
     */
    private static void naarHetInlogformulier(Browser browser) {
        for (int poging = 1; ; poging++) {
            browser.open(ACCOUNT);
            browser.wacht.until(d -> !d.findElements(By.id("username")).isEmpty()
                    || d.findElement(By.tagName("body")).getText().contains("Something went wrong"));
            if (!browser.driver.findElements(By.id("username")).isEmpty() || poging == 3) {
                return;
            }
        }
    }

    private static void opDeAccountpagina(Browser browser) {
        browser.wacht.withMessage(() -> "niet ingelogd: " + browser.driver.getCurrentUrl() + "\n"
                        + browser.driver.findElement(By.tagName("body")).getText())
                .until(d -> d.getCurrentUrl().startsWith(ACCOUNT) && !d.getCurrentUrl().contains("login-actions"));
        assertEquals(ACCOUNT, browser.driver.getCurrentUrl().split("[#?]")[0].replaceAll("/$", ""));
    }
}
