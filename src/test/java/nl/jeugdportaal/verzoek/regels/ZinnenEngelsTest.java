package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.kwaliteit.EngelsTest;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * Every sentence these rules can say exists in Dutch ("u" and "je") and in English: the English has
 * no Dutch left in it, says something else than the Dutch, and the rules decide the same in both.
 */
class ZinnenEngelsTest {
    private final Verzoekregels regels = new Verzoekregels();

    @Test
    void elkeRedenBestaatInHetEngelsMetHetzelfdeBesluit() {
        int zinnen = 0;
        for (Band band : Band.values()) {
            for (int leeftijd : new int[] {8, 11, 12, 15, 17, 18, 40}) {
                for (boolean wob : new boolean[] {false, true}) {
                    for (boolean gezag : new boolean[] {false, true}) {
                        for (int leeftijdKind : new int[] {9, 18}) {
                            Aanvrager a = new Aanvrager(band, gezag, leeftijd, wob, leeftijdKind);
                            for (Verzoeksoort soort : Verzoeksoort.values()) {
                                Toets nl = regels.magIndienen(soort, a, false);
                                Toets en = regels.magIndienen(soort, a, true);
                                assertEquals(nl.toegestaan(), en.toegestaan(), soort + " " + a);
                                assertVertaald(nl.reden(), en.reden());
                                zinnen++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(zinnen > 100);
    }

    @Test
    void uitlegNaEenAfwijzingEnVoorEenVernietigingBestaanInHetEngels() {
        for (boolean je : new boolean[] {false, true}) {
            for (Verzoeksoort soort : Verzoeksoort.values()) {
                assertVertaald(Verzoekregels.naAfwijzing(soort, new Lezer(je, false)),
                        Verzoekregels.naAfwijzing(soort, new Lezer(je, true)));
            }
            assertVertaald(Verzoekregels.uitzonderingenVernietiging(new Lezer(je, false)),
                    Verzoekregels.uitzonderingenVernietiging(new Lezer(je, true)));
        }
        assertTrue(Verzoekregels.naAfwijzing(Verzoeksoort.KOPIE, new Lezer(false, true)).contains("within 6 weeks"));
    }

    @Test
    void elkeMeldingBijEenTekstveldBestaatInHetEngels() {
        for (String tekst : new String[] {"", "x".repeat(Tekstcontrole.MAX_TEKENS + 1), "<script>x</script>"}) {
            for (boolean je : new boolean[] {false, true}) {
                assertVertaald(Tekstcontrole.fout(tekst, true, new Lezer(je, false)),
                        Tekstcontrole.fout(tekst, true, new Lezer(je, true)));
            }
        }
    }

    @Test
    void elkeMeldingBijEenDeelbesluitBestaatInHetEngels() {
        Set<Long> kandidaten = Set.of(1L, 2L);
        List<Set<Long>> keuzes = List.of(Set.of(), Set.of(1L), kandidaten, Set.of(9L));
        List<String> gezien = new ArrayList<>();
        for (Verzoeksoort soort : new Verzoeksoort[] {Verzoeksoort.KOPIE, Verzoeksoort.VERNIETIGING}) {
            for (Status besluit : new Status[] {Status.TOEGEWEZEN, Status.DEELS_TOEGEWEZEN, Status.AFGEWEZEN}) {
                for (Set<Long> gekozen : keuzes) {
                    var nl = Deelbesluit.fouten(soort, besluit, kandidaten, gekozen, "", false);
                    var en = Deelbesluit.fouten(soort, besluit, kandidaten, gekozen, "", true);
                    assertEquals(nl.keySet(), en.keySet());
                    nl.forEach((veld, zin) -> {
                        assertVertaald(zin, en.get(veld));
                        gezien.add(zin);
                    });
                }
            }
        }
        assertEquals(9, gezien.stream().distinct().count(),
                "the eight sentences of Deelbesluit and the one for an empty reason: " + gezien.stream().distinct().toList());
    }

    @Test
    void elkeMeldingBijVerlengenBestaatInHetEngels() {
        LocalDate ontvangen = LocalDate.of(2025, 1, 10);
        Clock klok = Clock.fixed(Instant.parse("2025-01-20T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        Clock laat = Clock.fixed(Instant.parse("2025-03-20T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        Termijn kopie = Termijnen.bij(Verzoeksoort.KOPIE, ontvangen);
        List<Object[]> gevallen = List.of(new Object[] {klok, kopie, "reden"}, new Object[] {klok, kopie, " "},
                new Object[] {klok, Termijnen.verleng(kopie), "reden"}, new Object[] {laat, kopie, "reden"},
                new Object[] {klok, Termijnen.bij(Verzoeksoort.VERNIETIGING, ontvangen), "reden"});
        for (Object[] g : gevallen) {
            Termijnen termijnen = new Termijnen((Clock) g[0]);
            Toets nl = termijnen.magVerlengen((Termijn) g[1], (String) g[2], new Lezer(false, false));
            Toets en = termijnen.magVerlengen((Termijn) g[1], (String) g[2], new Lezer(false, true));
            assertEquals(nl.toegestaan(), en.toegestaan());
            assertVertaald(nl.reden(), en.reden());
        }
    }

    private static void assertVertaald(String nederlands, String engels) {
        assertNotNull(nederlands);
        assertNotNull(engels);
        assertFalse(engels.isBlank());
        assertNotEquals(nederlands, engels);
        assertEquals(List.of(), nederlandseWoorden(engels), engels);
        assertFalse(nederlandseWoorden(nederlands).isEmpty(), () -> "Dutch? " + nederlands);
    }

    private static List<String> nederlandseWoorden(String zin) {
        return EngelsTest.nederlandsOpDePagina("<p>" + Entities.escape(zin) + "</p>");
    }
}
