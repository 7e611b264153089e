package nl.jeugdportaal.taken.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgentieTest {
    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2026-12-01, true,  false, TE_LAAT",
            "2026-12-05, false, true,  BIJNA_TE_LAAT",
            "2026-12-05, true,  true,  TE_LAAT",
            "2027-03-01, false, false, OP_TIJD",
            "null,       false, false, GEEN_TERMIJN"})
    void vanDeStandVanDeTermijn(LocalDate uiterlijk, boolean teLaat, boolean bijna, Urgentie verwacht) {
        assertEquals(verwacht, Urgentie.van(uiterlijk, teLaat, bijna));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2026-12-01, false", "2026-12-02, true", "2027-01-27, true", "2027-01-28, false", "null, false"})
    void eenMaatregelLooptAfInDeLaatsteAchtWeken(LocalDate einde, boolean verwacht) {
        assertEquals(verwacht, Urgentie.looptAf(einde, VANDAAG));
    }

    record T(Urgentie u, LocalDate d) {
    }

    /** Whatever order they come in: late first, then almost late, then by date, without term last. */
    @Test
    void deVolgordeHangtNietAfVanDeInvoer() {
        List<T> verwacht = List.of(new T(Urgentie.TE_LAAT, VANDAAG.minusDays(3)), new T(Urgentie.TE_LAAT, VANDAAG),
                new T(Urgentie.BIJNA_TE_LAAT, VANDAAG.plusDays(1)), new T(Urgentie.OP_TIJD, VANDAAG.plusDays(2)),
                new T(Urgentie.OP_TIJD, VANDAAG.plusDays(30)), new T(Urgentie.GEEN_TERMIJN, null));
        Random toeval = new Random(15);
        for (int i = 0; i < 50; i++) {
            List<T> door = new ArrayList<>(verwacht);
            Collections.shuffle(door, toeval);
            door.sort(Urgentie.volgorde(T::u, T::d));
            assertEquals(verwacht, door);
        }
    }
}
