package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Dossierpagina;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The "done when" of issue 17 in a real browser: what Sanne, Mark, Murat and Femke see. */
@QuarkusTest
class InzageBrowserTest {

    /** Every first name of the demo that is not Noor's family as Mark knows it. */
    /**
     * Everyone of the demo but Sanne, Noor and Mark himself, and Joost: Mark's own jeugdbeschermer, who
     * signs the letter to Mark that Mark may read (a client is told who wrote about him).
     */
    private static final List<String> ANDEREN = List.of("Femke", "Karin", "Aisha", "Daan", "Elif", "Linda", "Erik",
            "Murat", "Sem", "Petra", "Yasmina", "Karim", "Ingrid", "Lars", "Willem", "Peter", "Mirjam");

    private static Browser ingelogd(String login, String welkom) {
        Browser browser = new Browser();
        browser.open(Portaal.URL + "/start");
        browser.loginOpKeycloak(login, Inlogsessie.WACHTWOORD);
        browser.wachtOpKop(welkom);
        return browser;
    }

    private static String main(Browser browser) {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void sanneZietHetVerlengingsverzoekEnHaarDeelVanHetGesprekMetFemke() {
        try (Browser browser = ingelogd("sanne", "Welkom, Sanne de Vries")) {
            browser.open(Portaal.URL + "/dossier/" + Database.id("Noor"));
            browser.wachtOpKop("Dossier van Noor de Vries");
            assertFalse(browser.driver.findElements(By.xpath(
                    "//article[.//h2[normalize-space()='Verzoekschrift verlenging ondertoezichtstelling Noor']]")).isEmpty(),
                    "het verzoekschrift gaat ook over Mark, maar Sanne krijgt het van de rechter ook");
            WebElement gesprek = browser.driver.findElement(By.xpath(
                    "//article[.//h2[normalize-space()='Kennismaking met vertrouwenspersoon van moeder']]"));
            assertTrue(gesprek.getText().contains("Moeder legde haar bezwaar uit"), "haar eigen deel staat er");
            assertTrue(gesprek.getText().contains("Dit deel van het stuk is weggelaten."), gesprek.getText());
            assertFalse(gesprek.getText().contains("Femke heeft haar rol toegelicht"), "het deel over Femke niet");
            browser.assertToegankelijk();
        }
    }

    @Test
    void markZietAlleenSanneEnNoorGenoemdInEenPaarSchermen() {
        try (Browser browser = ingelogd("mark", "Welkom, Mark Kramer")) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            browser.open(Portaal.URL + "/dossier/" + Database.id("Noor"));
            browser.wachtOpKop("Dossier van Noor de Vries");
            String tekst = main(browser);
            for (String naam : ANDEREN) {
                assertFalse(tekst.contains(naam), () -> naam + " genoemd aan Mark:\n" + tekst);
            }
            assertTrue(tekst.contains("stukken kunt u niet zien."), tekst);
            assertTrue(tekst.contains("om informatie over uw kind vragen"), tekst);
            long hoogte = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.body.scrollHeight");
            assertTrue(hoogte <= 6 * 800, "Mark's page is " + hoogte + " px high on a phone");
            browser.assertToegankelijk();
        }
    }

    @Test
    void muratZietHetPlanVanElifEnGeeftZijnMening() {
        try (Browser browser = ingelogd("murat", "Welkom, Murat Yilmaz")) {
            browser.open(Portaal.URL + "/plan/" + Database.id("Elif"));
            browser.wacht.until(d -> d.findElement(By.tagName("h1")).getText().contains("Elif"));
            String mening = "Ik wil graag dat de therapie op dinsdag blijft. Murat, test " + System.nanoTime();
            browser.driver.findElement(By.id("tekst")).sendKeys(mening);
            browser.driver.findElement(By.cssSelector("form.inbreng button")).click();
            browser.wacht.until(d -> main(browser).contains(mening));
            browser.assertToegankelijk();
        }
    }

    @Test
    void femkeNamensSanneZietNietsWatSanneNietZiet() {
        Long noor = Database.id("Noor");
        Set<Long> sanne = new TreeSet<>(Dossierpagina.alle(Inlogsessie.als(Portaal.URL, "sanne"), noor, "").zichtbaar());
        try (Browser browser = ingelogd("femke", "Welkom, Femke de Boer")) {
            browser.driver.findElement(By.partialLinkText("Dossier van Noor de Vries")).click();
            browser.wachtOpKop("Dossier van Noor de Vries");
            Set<Long> femke = new TreeSet<>();
            while (true) {
                for (WebElement stuk : browser.driver.findElements(By.cssSelector("article.stuk"))) {
                    femke.add(Long.valueOf(stuk.getAttribute("aria-labelledby").substring("stuk-".length())));
                }
                List<WebElement> volgende = browser.driver.findElements(By.linkText("Volgende pagina"));
                if (volgende.isEmpty()) {
                    break;
                }
                String url = browser.driver.getCurrentUrl();
                volgende.get(0).click();
                browser.wacht.until(d -> !d.getCurrentUrl().equals(url));
            }
            assertFalse(femke.isEmpty());
            assertTrue(sanne.containsAll(femke), "Femke ziet " + femke + ", Sanne " + sanne);
            String tekst = main(browser);
            assertFalse(tekst.contains("Femke heeft haar rol toegelicht"), "als Sanne ziet Femke het deel over zichzelf niet");
            browser.assertToegankelijk();
        }
    }
}
