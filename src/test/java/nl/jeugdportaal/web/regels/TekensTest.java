package nl.jeugdportaal.web.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TekensTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NUL                  | a\\u0000b        | ab",
            "bel en escape        | a\\u0007\\u001bb  | ab",
            "DEL en C1            | a\\u007f\\u0085b  | ab",
            "byte-order mark      | \\ufeffab         | ab",
            "niet-teken           | a\\uffffb         | ab",
            "lone high surrogate  | a\\ud800b         | ab",
            "lone low surrogate   | a\\udc00b         | ab",
            "tab en regels blijven | a\\tb\\r\\nc      | a\\tb\\r\\nc",
            "emoji blijft         | a\\ud83d\\ude42b  | a\\ud83d\\ude42b",
            "Arabisch blijft      | مرحبا            | مرحبا"})
    void onzichtbareTekensGaanWeg(String geval, String in, String uit) {
        assertEquals(ontsnap(uit), Tekens.schoon(ontsnap(in)), geval);
    }

    @Test
    void eenSchoneTekstBlijftHetzelfdeObject() {
        String tekst = "Gewone tekst, met é en 🙂.";
        assertSame(tekst, Tekens.schoon(tekst));
    }

    @ParameterizedTest
    @CsvSource({"\\u202a", "\\u202b", "\\u202c", "\\u202d", "\\u202e", "\\u2066", "\\u2067", "\\u2068", "\\u2069"})
    void richtingtekensWordenHerkend(String teken) {
        assertTrue(Tekens.heeftRichtingteken("abc" + ontsnap(teken) + "def"));
    }

    @Test
    void gewoneRechtsNaarLinksTekstIsGeenRichtingteken() {
        assertFalse(Tekens.heeftRichtingteken("שלום مرحبا \u200f"));
    }

    /** Whatever comes in: what comes out has no invisible characters, and cleaning twice changes nothing. */
    @Test
    void schoonIsSchoonEnBlijftSchoon() {
        Random toeval = new Random(15);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                b.append((char) (toeval.nextBoolean() ? toeval.nextInt(0x100) : toeval.nextInt(0x10000)));
            }
            String schoon = Tekens.schoon(b.toString());
            assertEquals(schoon, Tekens.schoon(schoon));
            for (int i = 0; i < schoon.length(); i++) {
                char c = schoon.charAt(i);
                assertFalse(c == 0 || c < 0x20 && c != '\t' && c != '\n' && c != '\r', "stuurteken " + (int) c);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < schoon.length() && Character.isLowSurrogate(schoon.charAt(++i)));
                } else {
                    assertFalse(Character.isSurrogate(c));
                }
            }
        }
    }

    private static String ontsnap(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\t", i) || s.startsWith("\\r", i) || s.startsWith("\\n", i)) {
                b.append(switch (s.charAt(i + 1)) { case 't' -> '\t'; case 'r' -> '\r'; default -> '\n'; });
                i++;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
