package nl.jeugdportaal.inzage.regels;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the scenario tables are, under Maven (classpath) and when run by hand from the project root. */
final class TestBestanden {
    private TestBestanden() {
    }

    static Path cases() {
        URL url = TestBestanden.class.getResource("/inzage/cases.json");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path pad = Path.of("src/test/resources/inzage/cases.json");
        if (!Files.exists(pad)) {
            throw new IllegalStateException("cases.json not found on the classpath or at " + pad.toAbsolutePath());
        }
        return pad;
    }

    /** The contract's worked examples, beside the project in ../shared (absent in some checkouts). */
    static Path voorbeelden() {
        return Path.of("..", "shared", "contracts", "examples.json");
    }
}
