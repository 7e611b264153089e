package nl.jeugdportaal.rechten.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RechtsgangTest {

    @ParameterizedTest(name = "beschikking {0}: hoger beroep uiterlijk {1} ({2})")
    @CsvSource({
            "2026-01-10, 2026-04-10, same day number three months later",
            "2027-11-30, 2028-02-29, a leap February has no 30th: its last day",
            "2025-11-30, 2026-03-02, 28 February 2026 is a Saturday: the Monday after",
            "2026-11-30, 2027-03-01, 28 February 2027 is a Sunday: the Monday after",
            "2026-01-03, 2026-04-07, Goede Vrijdag, the weekend and tweede Paasdag",
            "2026-02-05, 2026-05-06, Bevrijdingsdag",
            "2026-02-14, 2026-05-15, Hemelvaartsdag",
            "2026-02-25, 2026-05-26, tweede Pinksterdag",
            "2026-01-27, 2026-04-28, Koningsdag",
            "2025-01-26, 2025-04-28, Koningsdag on Saturday 26 April because the 27th is a Sunday, then Sunday",
            "2026-09-25, 2026-12-28, both Kerstdagen and the weekend",
            "2026-10-01, 2027-01-04, Nieuwjaarsdag and the weekend",
            "2026-03-31, 2026-06-30, 30 June exists",
    })
    void laatsteDagHogerBeroep(LocalDate beschikking, LocalDate uiterlijk, String waarom) {
        assertEquals(uiterlijk, Rechtsgang.laatsteDagHogerBeroep(beschikking), waarom);
    }

    @Test
    void beroepKanTotEnMetDeLaatsteDag() {
        LocalDate beschikking = LocalDate.of(2026, 1, 10);
        assertTrue(Rechtsgang.beroepMogelijk(beschikking, beschikking));
        assertTrue(Rechtsgang.beroepMogelijk(beschikking, LocalDate.of(2026, 4, 10)));
        assertFalse(Rechtsgang.beroepMogelijk(beschikking, LocalDate.of(2026, 4, 11)));
    }

    @Test
    void pasenKlopt() {
        assertEquals(LocalDate.of(2026, 4, 5), Feestdagen.pasen(2026));
        assertEquals(LocalDate.of(2027, 3, 28), Feestdagen.pasen(2027));
        assertEquals(LocalDate.of(2038, 4, 25), Feestdagen.pasen(2038));
        assertEquals(LocalDate.of(2008, 3, 23), Feestdagen.pasen(2008));
    }

    @Test
    void eenGewoneWerkdagIsGeenFeestdag() {
        assertTrue(Feestdagen.isWerkdag(LocalDate.of(2026, 4, 8)));
        assertFalse(Feestdagen.isWerkdag(LocalDate.of(2026, 4, 11)));
        assertFalse(Feestdagen.isFeestdag(LocalDate.of(2026, 5, 4)));
    }
}
