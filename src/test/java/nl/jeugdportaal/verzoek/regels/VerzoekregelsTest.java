package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every band, at the ages where a right changes, for every kind of request. */
class VerzoekregelsTest {
    private final Verzoekregels regels = new Verzoekregels();

    private static Aanvrager kind(int leeftijd, boolean wilsonbekwaam) {
        return new Aanvrager(Band.KIND_ZELF, false, leeftijd, wilsonbekwaam, leeftijd);
    }

    private static Aanvrager ouder(boolean gezag, int leeftijdKind) {
        return new Aanvrager(Band.OUDER, gezag, 40, false, leeftijdKind);
    }

    static Stream<Arguments> tabel() {
        // aanvrager, kopie, correctie, vernietiging, informatie
        return Stream.of(
                Arguments.of("kind 11", kind(11, false), true, true, false, false),
                Arguments.of("kind 12", kind(12, false), true, true, false, false),
                Arguments.of("kind 15", kind(15, false), true, true, false, false),
                Arguments.of("kind 16", kind(16, false), true, true, true, false),
                Arguments.of("kind 18", kind(18, false), true, true, true, false),
                Arguments.of("kind 15 wilsonbekwaam", kind(15, true), true, true, false, false),
                Arguments.of("kind 19 wilsonbekwaam", kind(19, true), true, true, false, false),
                Arguments.of("ouder met gezag, kind 9", ouder(true, 9), true, true, true, false),
                Arguments.of("ouder met gezag, kind 16", ouder(true, 16), true, true, true, false),
                Arguments.of("ouder zonder gezag, kind 9", ouder(false, 9), true, true, true, true),
                Arguments.of("ouder zonder gezag, kind 17", ouder(false, 17), true, true, true, true),
                Arguments.of("ouder zonder gezag, kind 18", ouder(false, 18), true, true, true, false),
                Arguments.of("ouder, gezag geregistreerd, kind 19", ouder(true, 19), true, true, true, false),
                Arguments.of("voogd, kind 13", new Aanvrager(Band.VOOGD, true, 39, false, 13), true, true, true, false),
                Arguments.of("vertegenwoordiger", new Aanvrager(Band.VERTEGENWOORDIGER, false, 58, false, 19), true, true,
                        true, false),
                Arguments.of("iemand anders, over zichzelf", new Aanvrager(Band.ANDERS, false, 33, false, 9), true, true,
                        true, false),
                Arguments.of("medewerker", new Aanvrager(Band.MEDEWERKER, false, 35, false, 9), false, false, false,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabel")
    void wieMagWatVragen(String wie, Aanvrager aanvrager, boolean kopie, boolean correctie, boolean vernietiging,
            boolean informatie) {
        assertEquals(kopie, regels.magIndienen(Verzoeksoort.KOPIE, aanvrager, false).toegestaan(), "kopie");
        assertEquals(correctie, regels.magIndienen(Verzoeksoort.CORRECTIE, aanvrager, false).toegestaan(), "correctie");
        assertEquals(vernietiging, regels.magIndienen(Verzoeksoort.VERNIETIGING, aanvrager, false).toegestaan(), "vernietiging");
        assertEquals(informatie, regels.magIndienen(Verzoeksoort.INFORMATIE, aanvrager, false).toegestaan(), "informatie");
    }

    @Test
    void elkeBandElkeSoortGeeftEenRedenInDeJuisteVorm() {
        for (Band band : Band.values()) {
            for (int leeftijd : new int[] {8, 11, 12, 15, 16, 17, 18, 40}) {
                for (boolean wob : new boolean[] {false, true}) {
                    Aanvrager a = new Aanvrager(band, true, leeftijd, wob, Math.min(leeftijd, 17));
                    for (Verzoeksoort soort : Verzoeksoort.values()) {
                        Toets t = regels.magIndienen(soort, a, false);
                        assertFalse(t.reden().isBlank());
                        if (a.jeVorm()) {
                            assertFalse(t.reden().matches("(?s).*\\b[Uu](w)?\\b.*"), () -> "je-vorm: " + t.reden());
                        }
                    }
                }
            }
        }
    }

    @Test
    void eenKindOnder16KrijgtBijVernietigingDeRedenEnWieHetWelKan() {
        for (int leeftijd : new int[] {11, 15}) {
            Toets t = regels.magIndienen(Verzoeksoort.VERNIETIGING, kind(leeftijd, false), false);
            assertFalse(t.toegestaan());
            assertTrue(t.reden().contains("jonger dan 16"), t.reden());
            assertTrue(t.reden().contains("ouder met gezag"), t.reden());
        }
    }

    @Test
    void vernietigingZegtDeBeslistermijnEnDeVernietigtermijn() {
        String reden = regels.magIndienen(Verzoeksoort.VERNIETIGING, kind(16, false), false).reden();
        assertTrue(reden.contains("binnen een maand") && reden.contains("binnen drie maanden"), reden);
    }

    @Test
    void eenOuderVanEenKindVan16VraagtAlleenOverZichzelf() {
        assertTrue(regels.magIndienen(Verzoeksoort.VERNIETIGING, ouder(true, 16), false).reden().contains("over uzelf"));
        assertFalse(regels.magIndienen(Verzoeksoort.VERNIETIGING, ouder(true, 15), false).reden().contains("over uzelf"));
        assertTrue(regels.magIndienen(Verzoeksoort.VERNIETIGING, ouder(false, 9), false).reden().contains("over uzelf"));
    }

    @Test
    void elkeAfwijzingVanEenPrivacyverzoekNoemtElkeRoute() {
        for (Verzoeksoort soort : Verzoeksoort.values()) {
            for (boolean je : new boolean[] {false, true}) {
                String nl = Verzoekregels.naAfwijzing(soort, new Lezer(je, false));
                String en = Verzoekregels.naAfwijzing(soort, new Lezer(je, true));
                boolean alle = nl.contains("Autoriteit Persoonsgegevens") && nl.contains("burgerlijke rechter")
                        && nl.contains("6 weken") && nl.contains("geen advocaat") && nl.contains("functionaris gegevensbescherming");
                assertEquals(soort.privacy(), alle, soort + ": " + nl);
                assertEquals(soort.privacy(), en.contains("Data Protection Authority") && en.contains("civil court")
                        && en.contains("data protection officer"), soort + ": " + en);
                // The request for information is only for an ouder zonder gezag, an adult.
                if (je && soort.privacy()) {
                    assertFalse(nl.matches("(?s).*\\b[Uu](w)?\\b.*"), nl);
                }
            }
        }
    }

    @Test
    void informatieVoorOuderZonderGezagVraagtGeenToestemmingVanDeGezaghebber() {
        Toets t = regels.magIndienen(Verzoeksoort.INFORMATIE, ouder(false, 9), false);
        assertTrue(t.toegestaan());
        assertTrue(t.reden().contains("hoeft daar geen toestemming"), t.reden());
        assertTrue(t.reden().contains("1:377c"), t.reden());
    }

    @Test
    void naAfwijzingNoemtRechterBijKopieEnEigenVerklaringBijCorrectie() {
        for (boolean je : new boolean[] {false, true}) {
            String kopie = Verzoekregels.naAfwijzing(Verzoeksoort.KOPIE, new Lezer(je, false));
            assertTrue(kopie.contains("6 weken") && kopie.contains("burgerlijke rechter") && kopie.contains("geen advocaat"));
            assertTrue(Verzoekregels.naAfwijzing(Verzoeksoort.CORRECTIE, new Lezer(je, false)).contains("eigen verklaring"));
        }
        for (Verzoeksoort soort : EnumSet.allOf(Verzoeksoort.class)) {
            assertFalse(Verzoekregels.naAfwijzing(soort, new Lezer(false, false)).isBlank());
        }
    }

    @Test
    void uitzonderingenNoemenAnderenEnArchiefwet() {
        String tekst = Verzoekregels.uitzonderingenVernietiging(new Lezer(false, false));
        assertTrue(tekst.contains("broer of zus") && tekst.contains("Archiefwet"), tekst);
        assertTrue(Verzoekregels.uitzonderingenVernietiging(new Lezer(true, false)).contains("legt je"));
    }

    @Test
    void soortEnBesluitLezenAlleenBekendeWaarden() {
        assertEquals(Verzoeksoort.KOPIE, Verzoeksoort.lees(" kopie "));
        assertNull(Verzoeksoort.lees("DROP TABLE"));
        assertNull(Verzoeksoort.lees(null));
        assertEquals(Status.AFGEWEZEN, Status.leesBesluit("AFGEWEZEN"));
        assertNull(Status.leesBesluit("INGEDIEND"), "ingediend is geen besluit");
        assertNull(Status.leesBesluit(null));
    }
}
