package nl.jeugdportaal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words an audit row uses for what it is about. The FG searches the log for them and reads
 * rows of years ago, so they stay as they were written before the subject was typed.
 */
class OnderwerpTest {

    @Test
    void hetOnderwerpStaatInDeToelichtingZoalsHetLogHetAltijdSchreef() {
        assertEquals("klacht 12", Onderwerp.klacht(12L).tekst());
        assertEquals("verzoek 3", Onderwerp.verzoek(3L).tekst());
        assertEquals("planpunt 8", Onderwerp.planpunt(8L).tekst());
        assertEquals("toestemming 4 aan persoon 7", Onderwerp.toestemming(4L, 7L).tekst());
        assertEquals("machtiging 5 aan persoon 9", Onderwerp.machtiging(5L, 9L).tekst());
    }

    @Test
    void eenGebeurtenisOverEenOnderwerpDraagtHetAlsToelichting() {
        Audit.Gebeurtenis g = Audit.Gebeurtenis.over(Onderwerp.toestemming(4L, 7L), Actie.TOESTEMMING_GEGEVEN,
                Uitkomst.GEWIJZIGD, List.of(2L));
        assertEquals(new Audit.Gebeurtenis(Actie.TOESTEMMING_GEGEVEN, Uitkomst.GEWIJZIGD, null, null, null,
                "toestemming 4 aan persoon 7", List.of(2L)), g);
    }
}
