package nl.jeugdportaal.klacht.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.jeugdportaal.verzoek.regels.Stand;
import org.junit.jupiter.api.Test;

class KlachttermijnenTest {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static Klachttermijnen op(LocalDate dag) {
        return new Klachttermijnen(Clock.fixed(dag.atTime(12, 0).atZone(NL).toInstant(), NL));
    }

    @Test
    void verslagTweeWekenNaHetGesprekOokOverDeJaarwisseling() {
        assertEquals(LocalDate.of(2026, 1, 8), Klachttermijnen.verslagUiterlijk(LocalDate.of(2025, 12, 25)));
        assertEquals(LocalDate.of(2026, 3, 14), Klachttermijnen.verslagUiterlijk(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void instellingsreactieEenMaandNaDeUitspraakOpDeLaatsteDagVanEenKorteMaand() {
        assertEquals(LocalDate.of(2026, 2, 28), Klachttermijnen.reactieUiterlijk(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), Klachttermijnen.reactieUiterlijk(LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2026, 4, 30), Klachttermijnen.reactieUiterlijk(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2027, 1, 15), Klachttermijnen.reactieUiterlijk(LocalDate.of(2026, 12, 15)));
    }

    @Test
    void kjmnOntvangstBinnenEenWeekEnCompleetBinnenTweeWeken() {
        LocalDate naarKjmn = LocalDate.of(2026, 3, 2);
        assertEquals(LocalDate.of(2026, 3, 9), Klachttermijnen.ontvangstUiterlijk(naarKjmn));
        assertEquals(LocalDate.of(2026, 3, 16), op(naarKjmn).compleetUiterlijk(naarKjmn, null, null));
    }

    @Test
    void eenInternGesprekSchuiftDeTermijnVanDeKjmnOp() {
        LocalDate naarKjmn = LocalDate.of(2026, 3, 2);
        Klachttermijnen t = op(LocalDate.of(2026, 3, 20));
        assertEquals(LocalDate.of(2026, 3, 26), t.compleetUiterlijk(naarKjmn, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 14)),
                "tien dagen pauze");
        assertEquals(LocalDate.of(2026, 4, 1), t.compleetUiterlijk(naarKjmn, LocalDate.of(2026, 3, 4), null),
                "een lopende pauze telt tot vandaag");
        assertEquals(0, t.pauzeDagen(LocalDate.of(2026, 3, 25), null), "een pauze in de toekomst telt niet");
    }

    @Test
    void standTegenDeTermijnMetEenVasteKlok() {
        LocalDate uiterlijk = LocalDate.of(2026, 1, 8);
        assertEquals(Stand.OP_TIJD, op(LocalDate.of(2025, 12, 31)).stand(uiterlijk, false));
        assertEquals(Stand.BIJNA_TE_LAAT, op(LocalDate.of(2026, 1, 1)).stand(uiterlijk, false));
        assertEquals(Stand.BIJNA_TE_LAAT, op(uiterlijk).stand(uiterlijk, false), "de laatste dag is nog op tijd");
        assertEquals(Stand.TE_LAAT, op(LocalDate.of(2026, 1, 9)).stand(uiterlijk, false));
        assertEquals(Stand.AFGEHANDELD, op(LocalDate.of(2026, 3, 9)).stand(uiterlijk, true), "klaar is klaar, ook te laat");
        assertTrue(Klachttermijnen.opTijd(uiterlijk, uiterlijk));
        assertFalse(Klachttermijnen.opTijd(uiterlijk.plusDays(1), uiterlijk));
    }

    @Test
    void vandaagIsDeDagInNederland() {
        Clock laatInUtc = Clock.fixed(ZonedDateTime.of(2025, 12, 31, 23, 30, 0, 0, ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        assertEquals(LocalDate.of(2026, 1, 1), new Klachttermijnen(laatInUtc).vandaag());
    }
}
