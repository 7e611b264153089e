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
                        case OUDER, VOOGD, VERTEGENWOORDIGER, PLEEGOUDER -> true;
                        case KIND_ZELF -> leeftijd >= 12;
                        case MEDEWERKER, ANDERS -> false;
                    };
                    var recht = Klachtregels.magIndienen(new Aanvrager(band, gezag, leeftijd, false, 10));
                    assertEquals(verwacht, recht.toegestaan(), band + " " + leeftijd + " " + gezag);
                }
            }
        }
    }

    /** The reason the page gives: a jeugdige complains about themselves, a parent also about the child. */
    @Test
    void deRedenPastBijWieHetVraagt() {
        assertEquals(Indienrecht.VOOR_JEZELF, Klachtregels.magIndienen(new Aanvrager(Band.KIND_ZELF, false, 14, false, 14)));
        assertEquals(Indienrecht.TE_JONG, Klachtregels.magIndienen(new Aanvrager(Band.KIND_ZELF, false, 11, false, 11)));
        assertEquals(Indienrecht.VOOR_UW_KIND, Klachtregels.magIndienen(new Aanvrager(Band.OUDER, false, 40, false, 9)));
        assertEquals(Indienrecht.ALS_VERZORGER, Klachtregels.magIndienen(new Aanvrager(Band.PLEEGOUDER, false, 47, false, 16)));
        assertEquals(Indienrecht.MEDEWERKER, Klachtregels.magIndienen(new Aanvrager(Band.MEDEWERKER, false, 40, false, 9)));
        assertEquals(Indienrecht.NIET_IN_DOSSIER, Klachtregels.magIndienen(new Aanvrager(Band.ANDERS, false, 40, false, 9)));
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
        assertEquals(new Puntenfout(Puntenfout.Soort.GEEN, 0), Klachtregels.fout(List.of()));
        assertNull(Klachtregels.fout(List.of("Een punt.")));
        assertNull(Klachtregels.fout(java.util.Collections.nCopies(10, "x")));
        assertEquals(new Puntenfout(Puntenfout.Soort.TE_VEEL, 11), Klachtregels.fout(java.util.Collections.nCopies(11, "x")));
        assertEquals(new Puntenfout(Puntenfout.Soort.TE_LANG, 2), Klachtregels.fout(List.of("kort", "x".repeat(501))));
        assertNull(Klachtregels.fout(List.of("x".repeat(500))));
    }

    @Test
    void routesGaanAlleenVooruit() {
        assertEquals(Route.STAP2, Route.STAP1.volgende());
        assertEquals(Route.KJMN, Route.STAP2.volgende());
        assertNull(Route.KJMN.volgende());
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
