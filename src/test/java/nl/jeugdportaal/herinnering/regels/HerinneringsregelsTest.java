package nl.jeugdportaal.herinnering.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdportaal.herinnering.regels.Herinneringsregels.Stap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a reminder is due, on the Dutch calendar: weekends and public holidays are no working days. */
class HerinneringsregelsTest {

    @ParameterizedTest(name = "laatste dag {0}: herinneren vanaf {1}")
    @CsvSource({
            // A Wednesday: Tuesday, Monday and the Friday before.
            "2026-03-11, 2026-03-06",
            // A Monday: Friday, Thursday, Wednesday.
            "2026-03-09, 2026-03-04",
            // Tuesday after Easter Monday (6 April 2026), Goede Vrijdag (3 April, Atw art. 3 lid 2) skipped too:
            // Thursday 2, Wednesday 1, Tuesday 31 March.
            "2026-04-07, 2026-03-31",
            // Thursday 30 April 2026, after Koningsdag (Monday 27 April): Wed 29, Tue 28, Fri 24.
            "2026-04-30, 2026-04-24",
            // 29 December 2026 (Tuesday): Monday 28, then Christmas (Fri 25) and the weekend skipped, Thursday 24, Wednesday 23.
            "2026-12-29, 2026-12-23",
            // A Saturday as last day: Friday, Thursday, Wednesday.
            "2026-03-14, 2026-03-11",
    })
    void herinnerenBegintDrieWerkdagenVoorDeLaatsteDag(LocalDate uiterlijk, LocalDate vanaf) {
        assertEquals(vanaf, Herinneringsregels.herinnerVanaf(uiterlijk));
        assertEquals(Optional.empty(), Herinneringsregels.vandaag(uiterlijk, false, vanaf.minusDays(1)));
        assertEquals(Optional.of(Stap.HERINNERING), Herinneringsregels.vandaag(uiterlijk, false, vanaf));
    }

    @ParameterizedTest(name = "vandaag {0}, gedaan {1}: {2}")
    @CsvSource({
            "2026-03-05, false, ",
            "2026-03-06, false, HERINNERING",
            "2026-03-10, false, HERINNERING",
            "2026-03-11, false, HERINNERING",
            "2026-03-12, false, VERLOPEN",
            "2027-03-12, false, VERLOPEN",
            "2026-03-10, true, ",
            "2026-03-12, true, ",
    })
    void eenTermijnVanWoensdag11Maart(LocalDate vandaag, boolean gedaan, Stap verwacht) {
        assertEquals(Optional.ofNullable(verwacht), Herinneringsregels.vandaag(LocalDate.parse("2026-03-11"), gedaan, vandaag));
    }

    @org.junit.jupiter.api.Test
    void zonderLaatsteDagGeenHerinnering() {
        assertEquals(Optional.empty(), Herinneringsregels.vandaag(null, false, LocalDate.parse("2026-03-11")));
    }
}
