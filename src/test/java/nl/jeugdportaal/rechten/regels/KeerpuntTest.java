package nl.jeugdportaal.rechten.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeerpuntTest {

    @ParameterizedTest(name = "geboren {0}, op {1}: {2}")
    @CsvSource({
            "2010-06-15, 2026-05-14, ''",
            "2010-06-15, 2026-05-15, ZESTIEN",
            "2010-06-15, 2026-06-14, ZESTIEN",
            "2010-06-15, 2026-06-15, ''",
            "2010-03-31, 2026-02-28, ZESTIEN",
            "2010-03-31, 2026-02-27, ''",
            "2008-06-15, 2026-03-14, ''",
            "2008-06-15, 2026-03-15, ACHTTIEN",
            "2008-06-15, 2026-06-14, ACHTTIEN",
            "2008-06-15, 2026-06-15, ''",
            "2010-02-28, 2026-01-28, ZESTIEN",
    })
    void aanDeBeurt(LocalDate geboren, LocalDate dag, String verwacht) {
        List<Keerpunt> due = Keerpunt.aanDeBeurt(geboren, dag);
        assertEquals(verwacht.isEmpty() ? List.of() : List.of(Keerpunt.valueOf(verwacht)), due);
    }

    @Test
    void geborenOp29FebruariWordt16Op1MaartInEenGewoonJaar() {
        LocalDate geboren = LocalDate.of(2008, 2, 29);
        assertEquals(LocalDate.of(2024, 2, 29), Keerpunt.ZESTIEN.verjaardag(geboren), "2024 is a leap year");
        assertEquals(LocalDate.of(2026, 3, 1), Keerpunt.ACHTTIEN.verjaardag(geboren));
        assertEquals(17, Period.between(geboren, LocalDate.of(2026, 2, 28)).getYears());
        assertEquals(List.of(Keerpunt.ACHTTIEN), Keerpunt.aanDeBeurt(geboren, LocalDate.of(2026, 2, 28)));
        assertEquals(List.of(), Keerpunt.aanDeBeurt(geboren, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void elkeDagVanHetVenster() {
        LocalDate geboren = LocalDate.of(2011, 9, 3);
        long dagen = 0;
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2027, 12, 31)); d = d.plusDays(1)) {
            if (Keerpunt.aanDeBeurt(geboren, d).contains(Keerpunt.ZESTIEN)) {
                dagen++;
                assertEquals(15, Period.between(geboren, d).getYears(), d.toString());
            }
        }
        assertEquals(31, dagen, "3 August up to and including 2 September");
    }
}
