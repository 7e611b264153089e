package nl.jeugdportaal.tijd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatuminvoerTest {
    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(nullValues = "null", value = {
            "null, null, null",
            "'   ', null, null",
            "2026-02-03, 2026-02-03, null",
            "' 2026-02-03 ', 2026-02-03, null",
            "1900-01-01, 1900-01-01, null",
            "2100-12-31, 2100-12-31, null",
            "1899-12-31, null, BUITEN_BEREIK",
            "2101-01-01, null, BUITEN_BEREIK",
            "0001-01-01, null, BUITEN_BEREIK",
            "+20260-01-01, null, BUITEN_BEREIK",
            "-0001-01-01, null, BUITEN_BEREIK",
            "2026-02-31, null, ONLEESBAAR",
            "31-02-2026, null, ONLEESBAAR",
            "morgen, null, ONLEESBAAR"})
    void leest(String tekst, LocalDate datum, Datuminvoer.Fout fout) {
        assertEquals(new Datuminvoer.Uitkomst(datum, fout), Datuminvoer.lees(tekst));
    }
}
