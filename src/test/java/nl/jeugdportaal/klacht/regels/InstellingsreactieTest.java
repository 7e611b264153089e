package nl.jeugdportaal.klacht.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import nl.jeugdportaal.klacht.regels.Instellingsreactie.Onderdeel;
import nl.jeugdportaal.klacht.regels.Instellingsreactie.Ontbreekt;
import org.junit.jupiter.api.Test;

class InstellingsreactieTest {

    /** Every ruling against every way of filling in a part: only gegrond and deels gegrond need both answers. */
    @Test
    void elkeUitspraakTegenElkeInvulling() {
        for (Uitspraak u : Uitspraak.values()) {
            for (Boolean over : new Boolean[] {null, true, false}) {
                for (String maatregel : new String[] {null, " ", "Nieuwe jeugdbeschermer."}) {
                    Map<Integer, Ontbreekt> fouten = Instellingsreactie.ontbreekt(List.of(new Onderdeel(3, u, over, maatregel)));
                    boolean compleet = !u.vraagtMaatregel() || (over != null && maatregel != null && !maatregel.isBlank());
                    assertEquals(compleet, fouten.isEmpty(), u + " " + over + " " + maatregel);
                    if (!compleet) {
                        assertEquals(over == null ? Ontbreekt.OVERNEMEN : Ontbreekt.MAATREGEL, fouten.get(3), fouten.toString());
                    }
                }
            }
        }
    }

    @Test
    void zonderUitspraakKanHetNiet() {
        assertEquals(Map.of(1, Ontbreekt.UITSPRAAK), Instellingsreactie.ontbreekt(List.of(new Onderdeel(1, null, true, "x"))));
    }

    @Test
    void foutenPerPunt() {
        Map<Integer, Ontbreekt> fouten = Instellingsreactie.ontbreekt(List.of(
                new Onderdeel(1, Uitspraak.GEGROND, true, "Excuses en een nieuw rapport."),
                new Onderdeel(2, Uitspraak.DEELS_GEGROND, null, "Iets"),
                new Onderdeel(3, Uitspraak.ONGEGROND, null, null),
                new Onderdeel(4, Uitspraak.GEGROND, false, "")));
        assertEquals(List.of(2, 4), List.copyOf(fouten.keySet()));
        assertEquals(Ontbreekt.OVERNEMEN, fouten.get(2));
        assertEquals(Ontbreekt.MAATREGEL, fouten.get(4));
    }
}
