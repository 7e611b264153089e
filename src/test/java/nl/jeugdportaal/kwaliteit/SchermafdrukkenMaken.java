package nl.jeugdportaal.kwaliteit;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Not a test: makes the README's screenshots of the start, dossier and plan pages as Sanne sees them, on a
 * phone and on a wide screen. Run with {@code -Djeugdportaal.schermafdrukken=docs/schermafdrukken}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "jeugdportaal.schermafdrukken", matches = ".+")
class SchermafdrukkenMaken {
    @Test
    void maak() throws IOException {
        Path map = Path.of(System.getProperty("jeugdportaal.schermafdrukken"));
        Files.createDirectories(map);
        long noor = Database.id("Noor");
        Map<String, String> paginas = Map.of("start", "/start", "dossier", "/dossier/" + noor, "plan", "/plan/" + noor);
        for (boolean telefoon : new boolean[] {true, false}) {
            try (Browser browser = telefoon ? Browser.telefoon() : new Browser()) {
                ToegankelijkheidBrowserTest.logIn(browser, "sanne");
                for (Map.Entry<String, String> p : paginas.entrySet()) {
                    browser.open(Portaal.URL + p.getValue());
                    byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
                    Files.write(map.resolve(p.getKey() + "-" + (telefoon ? "360" : "1280") + ".png"), png);
                }
            }
        }
    }
}
