package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermijnenTest {
    private static final Lezer NEDERLANDS = new Lezer(false, false);

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Termijnen op(String dag) {
        return op(LocalDate.parse(dag));
    }

    private static Termijnen op(LocalDate dag) {
        return new Termijnen(Clock.fixed(dag.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "KOPIE, 2025-01-31, 2025-02-28",
            "KOPIE, 2024-01-31, 2024-02-29",
            "KOPIE, 2024-01-29, 2024-02-29",
            "KOPIE, 2025-01-29, 2025-02-28",
            "KOPIE, 2025-01-30, 2025-02-28",
            "CORRECTIE, 2025-03-31, 2025-04-30",
            "CORRECTIE, 2025-03-30, 2025-04-30",
            "CORRECTIE, 2025-03-29, 2025-04-29",
            "CORRECTIE, 2025-08-31, 2025-09-30",
            "KOPIE, 2025-12-31, 2026-01-31",
            "KOPIE, 2025-02-28, 2025-03-28",
            "INFORMATIE, 2024-02-29, 2024-03-29",
            "VERNIETIGING, 2023-11-30, 2023-12-30",
            "VERNIETIGING, 2024-01-31, 2024-02-29",
            "BEZWAAR, 2025-10-31, 2025-11-30",
            "BEPERKING, 2025-05-31, 2025-06-30",
    })
    void uiterlijkeDatum(Verzoeksoort soort, LocalDate ontvangen, LocalDate uiterlijk) {
        assertEquals(uiterlijk, Termijnen.bij(soort, ontvangen).uiterlijk());
        assertEquals(uiterlijk, op(ontvangen).nieuw(soort).uiterlijk(), "met de klok van die dag");
    }

    @ParameterizedTest(name = "{0} -> {1} -> {2}")
    @CsvSource({
            "2025-01-31, 2025-02-28, 2025-04-28",
            "2024-01-31, 2024-02-29, 2024-04-29",
            "2024-12-31, 2025-01-31, 2025-03-31",
            "2025-06-30, 2025-07-30, 2025-09-30",
            "2025-11-30, 2025-12-30, 2026-02-28",
            "2023-12-29, 2024-01-29, 2024-03-29",
    })
    void verlengingVolgtOpDeEersteMaand(LocalDate ontvangen, LocalDate eerste, LocalDate verlengd) {
        Termijn termijn = Termijnen.bij(Verzoeksoort.KOPIE, ontvangen);
        assertEquals(eerste, termijn.uiterlijk());
        Termijn langer = Termijnen.verleng(termijn);
        assertEquals(verlengd, langer.geldend());
        assertEquals(eerste, langer.uiterlijk(), "de eerste termijn blijft bewaard");
        assertTrue(langer.verlengd());
    }

    @Test
    void verlengenAlleenBinnenDeEersteMaandMetRedenEnEenKeer() {
        Termijn termijn = Termijnen.bij(Verzoeksoort.CORRECTIE, LocalDate.parse("2025-01-31"));
        assertTrue(op("2025-02-28").magVerlengen(termijn, "Het stuk komt van de rechtbank.", NEDERLANDS).toegestaan(),
                "de laatste dag van de eerste maand telt mee");
        assertFalse(op("2025-03-01").magVerlengen(termijn, "te laat", NEDERLANDS).toegestaan());
        assertTrue(op("2025-03-01").magVerlengen(termijn, "te laat", NEDERLANDS).reden().contains("eerste maand"));
        assertFalse(op("2025-02-10").magVerlengen(termijn, "  ", NEDERLANDS).toegestaan(), "zonder reden");
        assertFalse(op("2025-02-10").magVerlengen(termijn, null, NEDERLANDS).toegestaan());
        Termijn verlengd = Termijnen.verleng(termijn);
        assertFalse(op("2025-02-10").magVerlengen(verlengd, "nog eens", NEDERLANDS).toegestaan(), "maar één keer");
        assertThrows(IllegalStateException.class, () -> Termijnen.verleng(verlengd));
    }

    @ParameterizedTest(name = "vernietiging gevraagd {0}: weg uiterlijk {1}")
    @CsvSource({
            "2023-11-30, 2024-02-29",
            "2024-11-30, 2025-02-28",
            "2025-10-31, 2026-01-31",
            "2025-05-31, 2025-08-31",
    })
    void vernietigdBinnenDrieMaandenNaHetVerzoek(LocalDate ontvangen, LocalDate weg) {
        assertEquals(weg, Termijnen.vernietigdUiterlijk(ontvangen));
    }

    @Test
    void bezwaarEnBeperkingKunnenVerlengdWordenZoalsElkAvgVerzoek() {
        for (Verzoeksoort soort : new Verzoeksoort[] {Verzoeksoort.BEZWAAR, Verzoeksoort.BEPERKING}) {
            Termijn termijn = Termijnen.bij(soort, LocalDate.parse("2025-01-10"));
            assertTrue(op("2025-01-11").magVerlengen(termijn, "reden", NEDERLANDS).toegestaan(), soort.name());
        }
    }

    @Test
    void vernietigingEnInformatieKunnenNietVerlengdWorden() {
        for (Verzoeksoort soort : new Verzoeksoort[] {Verzoeksoort.VERNIETIGING, Verzoeksoort.INFORMATIE}) {
            Termijn termijn = Termijnen.bij(soort, LocalDate.parse("2025-01-10"));
            assertFalse(op("2025-01-11").magVerlengen(termijn, "reden", NEDERLANDS).toegestaan(), soort.name());
        }
    }

    @Test
    void standTegenDeTermijn() {
        Termijn termijn = Termijnen.bij(Verzoeksoort.KOPIE, LocalDate.parse("2025-01-31")); // uiterlijk 28 februari
        assertEquals(Stand.OP_TIJD, op("2025-02-20").stand(termijn, false));
        assertEquals(Stand.BIJNA_TE_LAAT, op("2025-02-21").stand(termijn, false), "7 dagen ervoor");
        assertEquals(Stand.BIJNA_TE_LAAT, op("2025-02-28").stand(termijn, false), "de laatste dag is nog op tijd");
        assertEquals(Stand.TE_LAAT, op("2025-03-01").stand(termijn, false));
        assertEquals(Stand.AFGEHANDELD, op("2025-03-01").stand(termijn, true));
        assertEquals(Stand.OP_TIJD, op("2025-03-01").stand(Termijnen.verleng(termijn), false), "na verlenging");
    }

    @Test
    void vandaagIsDeNederlandseDag() {
        // 23:30 UTC on 31 January is already 1 February in Amsterdam.
        Clock laat = Clock.fixed(ZonedDateTime.parse("2025-01-31T23:30:00Z").toInstant(), ZoneId.of("UTC"));
        Termijnen termijnen = new Termijnen(laat);
        assertEquals(LocalDate.parse("2025-02-01"), termijnen.vandaag());
        assertEquals(LocalDate.parse("2025-03-01"), termijnen.nieuw(Verzoeksoort.KOPIE).uiterlijk());
    }

    @Test
    void zesWekenVoorDeRechter() {
        assertEquals(LocalDate.parse("2025-03-14"), Termijnen.rechterUiterlijk(LocalDate.parse("2025-01-31")));
        assertEquals(LocalDate.parse("2024-04-11"), Termijnen.rechterUiterlijk(LocalDate.parse("2024-02-29")));
    }
}
