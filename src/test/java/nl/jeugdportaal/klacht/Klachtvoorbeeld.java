package nl.jeugdportaal.klacht;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.jeugdportaal.web.Datums;

/** What the complaint tests type and what they expect to read, the same over HTTP and in the browser. */
final class Klachtvoorbeeld {
    private static final Pattern KLACHT_ID = Pattern.compile("/klachten/(\\d+)");

    private Klachtvoorbeeld() {
    }

    /** A complete complaint with two parts, as name, value pairs; {@code anders} replaces or adds fields. */
    static String[] goed(String route, String... anders) {
        Map<String, String> velden = new LinkedHashMap<>(Map.of(
                "tekst", "De jeugdbeschermer luistert niet naar mij.",
                "onderdelen", "Ik werd niet teruggebeld.\nIn het rapport staat iets wat niet klopt.",
                "aard", "BEJEGENING", "route", route, "ondersteuning", "AKJ", "klager", "MOEDER"));
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        return velden.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    /** The id of the complaint page the portal sent us to. */
    static long id(URI pagina) {
        Matcher m = KLACHT_ID.matcher(pagina.getPath());
        assertTrue(m.find(), () -> "geen klachtpagina: " + pagina);
        return Long.parseLong(m.group(1));
    }

    /** A step still to come on the timeline, as the client reads it: who acts and the due date. */
    static String stap(String titel, String wie, LocalDate uiterlijk) {
        return titel + ". Wie: " + wie + ". Uiterlijk: " + Datums.lang(uiterlijk) + ".";
    }

    /** The same step past its due date. */
    static String teLaat(String titel, String wie, LocalDate uiterlijk) {
        return stap(titel, wie, uiterlijk) + " Te laat";
    }
}
