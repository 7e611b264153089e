package nl.jeugdportaal.klacht.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.List;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.verzoek.regels.Aanvrager;
import nl.jeugdportaal.verzoek.regels.Band;
import org.junit.jupiter.api.Test;

class KlachtregelsTest {

    /** Every band at every age from 0 to 20, with and without gezag: the whole table. */
    @Test
    void wieMagEenKlachtIndienen() {
        for (Band band : Band.values()) {
            for (int leeftijd = 0; leeftijd <= 20; leeftijd++) {
                for (boolean gezag : new boolean[] {true, false}) {
                    boolean verwacht = switch (band) {
                        case OUDER, VOOGD, VERTEGENWOORDIGER -> true;
                        case KIND_ZELF -> leeftijd >= 12;
                        case MEDEWERKER, ANDERS -> false;
                    };
                    var toets = Klachtregels.magIndienen(new Aanvrager(band, gezag, leeftijd, false, 10));
                    assertEquals(verwacht, toets.toegestaan(), band + " " + leeftijd + " " + gezag);
                    assertFalse(toets.reden().isBlank());
                }
            }
        }
    }

    @Test
    void eenJeugdigeLeestJeEnEenOuderU() {
        assertTrue(Klachtregels.magIndienen(new Aanvrager(Band.KIND_ZELF, false, 14, false, 14)).reden().contains("Je mag"));
        assertTrue(Klachtregels.magIndienen(new Aanvrager(Band.KIND_ZELF, false, 11, false, 11)).reden().contains("Vanaf 12"));
        assertTrue(Klachtregels.magIndienen(new Aanvrager(Band.OUDER, false, 40, false, 9)).reden().contains("U mag"));
        assertTrue(Klachtregels.kinderrechter(true).contains("kinderrechter"));
        assertTrue(Klachtregels.kinderrechter(false).startsWith("Bent u"));
    }

    @Test
    void onderdelenStaanElkOpEenEigenRegel() {
        assertEquals(List.of("Ik werd niet teruggebeld.", "Het rapport klopt niet."),
                Klachtregels.onderdelen("  Ik werd niet teruggebeld.\r\n\n- Het rapport klopt niet.\n   \n"));
        assertEquals(List.of(), Klachtregels.onderdelen(null));
        assertEquals(List.of(), Klachtregels.onderdelen(" \n \n"));
    }

    @Test
    void teVeelTeLangOfGeenOnderdelen() {
        assertNotNull(Klachtregels.fout(List.of(), false));
        assertNull(Klachtregels.fout(List.of("Een punt."), false));
        assertNull(Klachtregels.fout(java.util.Collections.nCopies(10, "x"), true));
        assertTrue(Klachtregels.fout(java.util.Collections.nCopies(11, "x"), true).contains("11 punten"));
        assertTrue(Klachtregels.fout(List.of("kort", "x".repeat(501)), false).startsWith("Punt 2"));
        assertNull(Klachtregels.fout(List.of("x".repeat(500)), false));
    }

    @Test
    void routesGaanAlleenVooruit() {
        assertEquals(Route.STAP2, Route.STAP1.volgende());
        assertEquals(Route.KJMN, Route.STAP2.volgende());
        assertNull(Route.KJMN.volgende());
        for (Route r : Route.values()) {
            assertNotEquals(r.uitleg(true), r.uitleg(false));
        }
    }

    @Test
    void keuzelijstLeestAlleenBekendeWaarden() {
        assertEquals(Aard.RAPPORTAGES, Keuzelijst.lees(Aard.class, "RAPPORTAGES"));
        assertNull(Keuzelijst.lees(Aard.class, "rapportages"));
        assertNull(Keuzelijst.lees(Aard.class, "<script>"));
        assertNull(Keuzelijst.lees(Aard.class, null));
    }

    @Test
    void deJeugdbeschermerEnDeLeidinggevendeBehandelenDeFgKijktMee() {
        assertTrue(Klachtregels.behandelt(Zaakrol.JEUGDBESCHERMER));
        assertTrue(Klachtregels.behandelt(Zaakrol.LEIDINGGEVENDE));
        assertFalse(Klachtregels.behandelt(Zaakrol.FG));
    }

    /** Every set of staff roles: the figures are for management, the leidinggevenden and the FG. */
    @Test
    void wieZietDeCijfers() {
        for (int bits = 0; bits < 8; bits++) {
            EnumSet<Zaakrol> functies = EnumSet.noneOf(Zaakrol.class);
            for (Zaakrol z : Zaakrol.values()) {
                if ((bits & 1 << z.ordinal()) != 0) {
                    functies.add(z);
                }
            }
            boolean verwacht = functies.contains(Zaakrol.LEIDINGGEVENDE) || functies.contains(Zaakrol.FG);
            assertEquals(verwacht, Klachtregels.magLeren(functies), functies.toString());
        }
    }
}
