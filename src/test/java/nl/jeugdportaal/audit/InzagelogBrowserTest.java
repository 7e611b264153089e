package nl.jeugdportaal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue #17: a parent who reloads a page again and again cannot push earlier lines out of the other
 * parent's access log. Two real browsers: Linda reloads Daan's contactmomenten (one is about Erik),
 * Erik pages through his log before and after.
 */
@QuarkusTest
class InzagelogBrowserTest {

    @Test
    void dertigKeerHerladenLaatElkeEerdereRegelVanDeAndereOuderBereikbaar() {
        try (Browser linda = new Browser(); Browser erik = new Browser()) {
            linda.open(Portaal.URL + "/start");
            linda.loginOpKeycloak("linda", Inlogsessie.WACHTWOORD);
            linda.wachtOpKop("Welkom, Linda Bakker");
            String pagina = Portaal.URL + "/dossier/" + Database.id("Daan") + "?soort=CONTACTMOMENT";
            linda.open(pagina);
            linda.wachtOpKop("Dossier van Daan Bakker");
            // Enough earlier lines that the log of Daan, which his father Erik reads, holds more than a
            // page after the reloads. (Linda never sees Erik's own data.)
            herlaad(linda, Auditzoeker.PER_PAGINA / 2);

            erik.open(Portaal.URL + "/start");
            erik.loginOpKeycloak("erik", Inlogsessie.WACHTWOORD);
            erik.wachtOpKop("Welkom, Erik Bakker");
            List<String> voor = alleRegels(erik);
            erik.assertToegankelijk();

            herlaad(linda, 30);

            List<String> na = alleRegels(erik);
            assertEquals(voor.size() + 30, na.size(), "een regel per keer herladen, en geen regel minder");
            Map<String, Long> nu = na.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            voor.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())).forEach((regel, aantal) ->
                    assertTrue(nu.getOrDefault(regel, 0L) >= aantal, () -> "niet meer te vinden: " + regel));
            assertTrue(na.size() > Auditzoeker.PER_PAGINA, "dertig keer herladen vult meer dan één pagina");
        }
    }

    private static void herlaad(Browser browser, int keer) {
        for (int i = 0; i < keer; i++) {
            browser.driver.navigate().refresh();
            browser.wachtOpKop("Dossier van Daan Bakker");
        }
    }

    /** Opens Daan's log and follows "Oudere regels" until the last page; every row as its text. */
    private static List<String> alleRegels(Browser browser) {
        browser.open(Portaal.URL + "/inzagelog?over=" + Database.id("Daan"));
        browser.wachtOpKop("Wie heeft uw gegevens bekeken?");
        List<String> regels = new ArrayList<>();
        while (true) {
            for (WebElement rij : browser.driver.findElements(By.cssSelector("table.log tbody tr"))) {
                regels.add(rij.getText());
            }
            List<WebElement> ouder = browser.driver.findElements(By.linkText("Oudere regels"));
            if (ouder.isEmpty()) {
                return regels;
            }
            String adres = browser.driver.getCurrentUrl();
            ouder.get(0).click();
            browser.wacht.until(d -> !d.getCurrentUrl().equals(adres));
        }
    }
}
