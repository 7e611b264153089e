package nl.jeugdportaal.verzoek.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every decision on a kopie and a vernietiging with no, some, all and forged ticks. */
class DeelbesluitTest {
    private static final Set<Long> KANDIDATEN = Set.of(1L, 2L, 3L);
    private static final Set<Long> GEEN = Set.of();
    private static final Set<Long> EEN = Set.of(1L);
    private static final Set<Long> ALLE = KANDIDATEN;
    /** A stuk that is not on the form: another dossier's, or one not asked for. */
    private static final Set<Long> VREEMD = Set.of(1L, 99L);
    private static final String REDEN = "De gegevens gaan ook over de broer van Noor.";

    private static final Verzoeksoort KOPIE = Verzoeksoort.KOPIE;
    private static final Verzoeksoort VERNIETIGING = Verzoeksoort.VERNIETIGING;
    private static final Status JA = Status.TOEGEWEZEN;
    private static final Status DEELS = Status.DEELS_TOEGEWEZEN;
    private static final Status NEE = Status.AFGEWEZEN;

    static Stream<Arguments> tabel() {
        // soort, besluit, ticks, fout bij de vinkjes?, wat toegewezen wordt (in de kopie, of vernietigd)
        return Stream.of(
                Arguments.of(KOPIE, JA, GEEN, false, ALLE),
                Arguments.of(KOPIE, JA, EEN, true, null),
                Arguments.of(KOPIE, JA, ALLE, true, null),
                Arguments.of(KOPIE, DEELS, GEEN, true, null),
                Arguments.of(KOPIE, DEELS, EEN, false, Set.of(2L, 3L)),
                Arguments.of(KOPIE, DEELS, ALLE, true, null),
                Arguments.of(KOPIE, NEE, GEEN, false, GEEN),
                Arguments.of(KOPIE, NEE, EEN, true, null),
                Arguments.of(VERNIETIGING, JA, GEEN, false, ALLE),
                Arguments.of(VERNIETIGING, JA, EEN, true, null),
                Arguments.of(VERNIETIGING, JA, ALLE, false, ALLE),
                Arguments.of(VERNIETIGING, DEELS, GEEN, true, null),
                Arguments.of(VERNIETIGING, DEELS, EEN, false, EEN),
                Arguments.of(VERNIETIGING, DEELS, ALLE, true, null),
                Arguments.of(VERNIETIGING, NEE, GEEN, false, GEEN),
                Arguments.of(VERNIETIGING, NEE, ALLE, true, null));
    }

    @ParameterizedTest(name = "{0} {1} met {2}")
    @MethodSource("tabel")
    void vinkjesPassenBijHetBesluit(Verzoeksoort soort, Status besluit, Set<Long> gekozen, boolean fout,
            Set<Long> toegewezen) {
        Map<String, String> fouten = Deelbesluit.fouten(soort, besluit, KANDIDATEN, gekozen, REDEN, false);
        assertEquals(fout, fouten.containsKey(Deelbesluit.STUKKEN), () -> fouten.toString());
        assertFalse(fouten.containsKey(Deelbesluit.REDEN), "de reden is ingevuld");
        if (!fout) {
            assertEquals(toegewezen, Deelbesluit.toegewezen(soort, besluit, KANDIDATEN, gekozen));
        }
    }

    @Test
    void eenVreemdStukWordtBijElkBesluitGeweigerd() {
        for (Verzoeksoort soort : Verzoeksoort.values()) {
            for (Status besluit : new Status[] {JA, DEELS, NEE, null}) {
                assertEquals("Kies alleen stukken uit de lijst.",
                        Deelbesluit.fouten(soort, besluit, soort == KOPIE || soort == VERNIETIGING ? KANDIDATEN : GEEN,
                                VREEMD, REDEN, false).get(Deelbesluit.STUKKEN), soort + " " + besluit);
            }
        }
    }

    @Test
    void deelsToegewezenVraagtEenRedenInGewoneTekst() {
        for (Verzoeksoort soort : new Verzoeksoort[] {KOPIE, VERNIETIGING}) {
            assertNotNull(Deelbesluit.fouten(soort, DEELS, KANDIDATEN, EEN, "  ", false).get(Deelbesluit.REDEN), soort + " leeg");
            assertNotNull(Deelbesluit.fouten(soort, DEELS, KANDIDATEN, EEN, "<script>x</script>", false).get(Deelbesluit.REDEN),
                    soort + " code");
            assertNull(Deelbesluit.fouten(soort, JA, KANDIDATEN, GEEN, "", false).get(Deelbesluit.REDEN),
                    soort + ": alleen bij deels is een reden nodig");
        }
    }

    @Test
    void eenCorrectieOfInformatieverzoekGaatNietPerStuk() {
        for (Verzoeksoort soort : new Verzoeksoort[] {Verzoeksoort.CORRECTIE, Verzoeksoort.INFORMATIE}) {
            assertFalse(Deelbesluit.perStuk(soort));
            assertTrue(Deelbesluit.fouten(soort, DEELS, GEEN, GEEN, "", false).isEmpty(), soort + ": geen vinkjes, geen reden nodig");
            assertEquals(GEEN, Deelbesluit.toegewezen(soort, JA, GEEN, GEEN));
        }
    }

    @Test
    void zonderBesluitAlleenDeControleOpDeLijst() {
        assertTrue(Deelbesluit.fouten(VERNIETIGING, null, KANDIDATEN, EEN, "", false).isEmpty());
        assertEquals(GEEN, Deelbesluit.toegewezen(VERNIETIGING, null, KANDIDATEN, EEN));
    }
}
