package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Dienstprofiel;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.Mailserver;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Totp;
import nl.jeugdportaal.testsupport.Wachten;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A jeugdbeschermer the bronsysteem registers gets her account by invitation, nobody at the GI
 * makes it: Keycloak mails the link, she sets a password, is made to set up an authenticator app,
 * and from then on logs in with her password and a one-time code. When the bronsysteem ends her,
 * her open session stops at the next request and her account no longer logs in.
 */
@QuarkusTest
@TestProfile(Dienstprofiel.class)
class ProfessionalBrowserTest {
    private static final String LOGIN = "t-vera";
    private static final String EMAIL = "t-vera@test.jeugdportaal.nl";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/login-actions/action-token\\?\\S+");

    @Test
    void uitgenodigdeJeugdbeschermerSteltTweeFactorenInEnWordtNaHaarVertrekGeweigerd() {
        KeycloakBeheer keycloak = new KeycloakBeheer();
        // Keycloak keeps its accounts across test runs; the portal's database starts empty.
        keycloak.verwijderGebruiker(LOGIN);
        keycloak.zetMailserver(Mailserver.poort());
        Bronsysteem bronsysteem = Bronsysteem.aangemeld();
        bronsysteem.zet("/medewerkers/M-VERA", medewerker(null));

        Wachten.opMails(EMAIL, 1);
        assertTrue(keycloak.gebruiker(LOGIN).isPresent(), "het portaal maakte het account");
        String link = link(Mailserver.ontvangen(EMAIL).get(0));

        try (Browser browser = new Browser()) {
            browser.open(link);
            // Keycloak first says what is to be done, in Dutch: the account was made in her language.
            browser.wachtOpKop("Dit moet u nog doen");
            browser.driver.findElement(By.partialLinkText("Klik hier om verder te gaan")).click();
            // Keycloak asks in its own order: the authenticator app, then the password.
            String sleutel = null;
            long ingesteldIn = 0;
            for (int stap = 0; stap < 2; stap++) {
                browser.wacht.withMessage(() -> "geen formulier op " + browser.driver.getCurrentUrl() + ":\n"
                        + browser.driver.findElement(By.tagName("body")).getText())
                        .until(d -> !d.findElements(By.id("password-new")).isEmpty() || !d.findElements(By.id("totp")).isEmpty());
                if (!browser.driver.findElements(By.id("password-new")).isEmpty()) {
                    browser.driver.findElement(By.id("password-new")).sendKeys(Inlogsessie.WACHTWOORD);
                    browser.driver.findElement(By.id("password-confirm")).sendKeys(Inlogsessie.WACHTWOORD);
                    browser.driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
                    browser.wacht.until(d -> d.findElements(By.id("password-new")).isEmpty());
                } else {
                    // Made to set up the app: the person types the key by hand, as when the camera fails.
                    browser.driver.findElement(By.id("mode-manual")).click();
                    sleutel = browser.wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-totp-secret-key"))).getText();
                    ingesteldIn = Totp.stap(Instant.now());
                    browser.driver.findElement(By.id("totp")).sendKeys(Totp.code(sleutel, ingesteldIn));
                    browser.driver.findElement(By.id("userLabel")).sendKeys("Telefoon");
                    browser.driver.findElement(By.id("saveTOTPBtn")).click();
                    browser.wacht.until(d -> d.findElements(By.id("totp")).isEmpty());
                }
            }
            assertTrue(sleutel != null, "Keycloak liet haar een authenticator-app instellen");
            assertTrue(keycloak.gebruiker(LOGIN).orElseThrow().path("requiredActions").isEmpty(), "alles ingesteld");

            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak(LOGIN, Inlogsessie.WACHTWOORD);
            // The password alone is not enough: Keycloak asks for the code. Each code counts once.
            browser.wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
            browser.driver.findElement(By.id("otp")).sendKeys(Totp.code(sleutel, volgendeStapNa(ingesteldIn)));
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wachtOpKop("Welkom, Vera Bakker");
            browser.assertToegankelijk();

            LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            bronsysteem.zet("/medewerkers/M-VERA", medewerker(vandaag));
            browser.open(Portaal.URL + "/start");
            String kop = browser.driver.findElement(By.tagName("h1")).getText();
            assertFalse(kop.contains("Vera"), "na haar vertrek ziet zij haar startpagina niet meer: " + kop);

            Wachten.tot(() -> !keycloak.gebruiker(LOGIN).orElseThrow().path("enabled").asBoolean(true),
                    "het account is geblokkeerd");
            browser.driver.manage().deleteAllCookies();
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak(LOGIN, Inlogsessie.WACHTWOORD);
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "geblokkeerd"));
            assertFalse(browser.driver.getCurrentUrl().startsWith(Portaal.URL), browser.driver.getCurrentUrl());
        }
    }

    private static String medewerker(LocalDate beeindigdOp) {
        return "{\"voornaam\":\"Vera\",\"achternaam\":\"Bakker\",\"functie\":\"jeugdbeschermer\",\"login\":\"" + LOGIN
                + "\",\"email\":\"" + EMAIL + "\"" + (beeindigdOp == null ? "" : ",\"beeindigdOp\":\"" + beeindigdOp + "\"") + "}";
    }

    /** Keycloak takes each code once: the login waits for the next step when the setup's is still current. */
    private static long volgendeStapNa(long gebruikt) {
        while (Totp.stap(Instant.now()) <= gebruikt) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Totp.stap(Instant.now());
    }

    /** The link in the text part of Keycloak's mail. */
    private static String link(MimeMessage mail) {
        try {
            Object inhoud = mail.getContent();
            StringBuilder tekst = new StringBuilder();
            if (inhoud instanceof Multipart delen) {
                for (int i = 0; i < delen.getCount(); i++) {
                    BodyPart deel = delen.getBodyPart(i);
                    tekst.append(deel.getContent()).append('\n');
                }
            } else {
                tekst.append(inhoud);
            }
            Matcher m = LINK.matcher(tekst);
            assertTrue(m.find(), "geen link in de uitnodiging:\n" + tekst);
            return m.group().replace("&amp;", "&");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
