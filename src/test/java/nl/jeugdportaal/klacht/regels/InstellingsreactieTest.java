package nl.jeugdportaal.klacht.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import nl.jeugdportaal.klacht.regels.Instellingsreactie.Onderdeel;
import org.junit.jupiter.api.Test;

class InstellingsreactieTest {

    /** Every ruling against every way of filling in a part: only gegrond and deels gegrond need both answers. */
    @Test
    void elkeUitspraakTegenElkeInvulling() {
        for (Uitspraak u : Uitspraak.values()) {
            for (Boolean over : new Boolean[] {null, true, false}) {
                for (String maatregel : new String[] {null, " ", "Nieuwe jeugdbeschermer."}) {
                    Map<Integer, String> fouten = Instellingsreactie.ontbreekt(List.of(new Onderdeel(3, u, over, maatregel)));
                    boolean compleet = !u.vraagtMaatregel() || (over != null && maatregel != null && !maatregel.isBlank());
                    assertEquals(compleet, fouten.isEmpty(), u + " " + over + " " + maatregel);
                    if (!compleet) {
                        assertTrue(fouten.get(3).contains("punt 3"), fouten.toString());
                    }
                }
            }
        }
    }

    @Test
    void zonderUitspraakKanHetNiet() {
        assertFalse(Instellingsreactie.ontbreekt(List.of(new Onderdeel(1, null, true, "x"))).isEmpty());
    }

    @Test
    void foutenPerPunt() {
        Map<Integer, String> fouten = Instellingsreactie.ontbreekt(List.of(
                new Onderdeel(1, Uitspraak.GEGROND, true, "Excuses en een nieuw rapport."),
                new Onderdeel(2, Uitspraak.DEELS_GEGROND, null, "Iets"),
                new Onderdeel(3, Uitspraak.ONGEGROND, null, null),
                new Onderdeel(4, Uitspraak.GEGROND, false, "")));
        assertEquals(List.of(2, 4), List.copyOf(fouten.keySet()));
        assertTrue(fouten.get(2).contains("overneemt"));
        assertTrue(fouten.get(4).contains("maatregel"));
    }
}
