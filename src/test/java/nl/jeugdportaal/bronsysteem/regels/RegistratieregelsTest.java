package nl.jeugdportaal.bronsysteem.regels;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistratieregelsTest {
    private static final LocalDate GEBOREN = LocalDate.of(2008, 3, 15);

    @ParameterizedTest(name = "gezag {0} vanaf {1}: geweigerd {2}")
    @CsvSource({
        "true, 2026-03-14, true",   // the day before the 18th birthday: still a minor
        "true, 2026-03-15, false",  // on the birthday itself
        "true, 2030-01-01, false",
        "false, 2020-01-01, false", // a minor parent without gezag is a plain relation
        "true, 2008-03-15, true"
    })
    void eenMinderjarigeKrijgtGeenGezag(boolean gezag, LocalDate vanaf, boolean geweigerd) {
        var fout = Registratieregels.gezagAlleenMeerderjarig(gezag, GEBOREN, vanaf);
        assertEquals(geweigerd, fout.isPresent());
        fout.ifPresent(f -> {
            assertEquals("gezag", f.veld());
            assertTrue(f.melding().contains("2026-03-15"), f.melding());
        });
    }

    @ParameterizedTest(name = "{0} tot {1}: geweigerd {2}")
    @CsvSource({"2026-01-02, 2026-01-01, true", "2026-01-02, 2026-01-02, false", "2026-01-02, 2027-01-01, false",
        "2026-01-02, , false"})
    void eenPeriodeEindigtNietVoorHijBegint(LocalDate van, LocalDate tot, boolean geweigerd) {
        var fout = Registratieregels.eindeNaBegin("tot", van, tot);
        assertEquals(geweigerd, fout.isPresent());
        fout.ifPresent(f -> assertEquals("tot", f.veld()));
    }

    @Test
    void elkePersoonVanEenDeelStaatInHetStuk() {
        assertEquals(List.of(), Registratieregels.delenBinnenStuk(List.of("A", "B"), List.of(List.of("A"), List.of("A", "B"))));
        List<Fout> fouten = Registratieregels.delenBinnenStuk(List.of("A"), List.of(List.of("A"), List.of("B", "C")));
        assertEquals(List.of("delen[1].over", "delen[1].over"), fouten.stream().map(Fout::veld).toList());
    }
}
