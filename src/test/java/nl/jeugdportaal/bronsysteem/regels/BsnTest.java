package nl.jeugdportaal.bronsysteem.regels;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BsnTest {
    @ParameterizedTest(name = "{0} geldig: {1}")
    @CsvSource({
        // the demo BSNs, issued test numbers that pass
        "781676447, true", "691400507, true", "116263684, true", "111111111, false",
        // one digit changed, two digits swapped: always caught
        "781676448, false", "871676447, false", "781676474, false",
        // shape
        "78167644, false", "7816764470, false", "78167644a, false", "' 781676447', false", "000000000, false"
    })
    void elfproef(String bsn, boolean geldig) {
        assertEquals(geldig, Bsn.isGeldig(bsn));
    }

    @Test
    void elkeEnkeleTypfoutInEenGeldigBsnWordtGevonden() {
        String bsn = "781676447";
        for (int plaats = 0; plaats < 9; plaats++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != bsn.charAt(plaats)) {
                    String fout = bsn.substring(0, plaats) + c + bsn.substring(plaats + 1);
                    assertFalse(Bsn.isGeldig(fout), fout);
                }
            }
        }
    }

    @Test
    void nullIsGeenBsn() {
        assertFalse(Bsn.isGeldig(null));
    }
}
