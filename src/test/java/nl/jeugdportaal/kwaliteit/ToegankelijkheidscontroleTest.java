package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.jeugdportaal.testsupport.Browser;
import org.junit.jupiter.api.Test;

/**
 * The accessibility walks only count if the check itself finds faults: a wrong option (another mode,
 * a filter on the result) could make every page pass without looking.
 */
class ToegankelijkheidscontroleTest {
    private static final String KOP = "<!doctype html><html lang=\"nl\"><head><title>Proef</title></head><body><main><h1>Proef</h1>";

    @Test
    void eenAfbeeldingZonderTekstEnGrijsOpWitVallenOp() {
        try (Browser browser = new Browser()) {
            browser.open(pagina("<img src=\"x.png\"><p style=\"color:#bbb;background:#fff\">Vaag</p>"));
            AssertionError fout = assertThrows(AssertionError.class, browser::assertToegankelijk);
            assertTrue(fout.getMessage().contains("image-alt"), fout.getMessage());
            assertTrue(fout.getMessage().contains("color-contrast"), fout.getMessage());
        }
    }

    @Test
    void eenNettePaginaKomtErDoor() {
        try (Browser browser = new Browser()) {
            browser.open(pagina("<img src=\"x.png\" alt=\"Een huis\"><p>Duidelijk</p>"));
            browser.assertToegankelijk();
        }
    }

    private static String pagina(String inhoud) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(KOP + inhoud + "</main></body></html>",
                StandardCharsets.UTF_8).replace("+", "%20");
    }
}
