package nl.jeugdportaal.registratie;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** First of two starts on the same data folder: stores a person. {@link TweedeStartTest} reads it. */
@QuarkusTest
@TestProfile(Herstart.EersteStart.class)
class EersteStartTest {

    @Test
    @Transactional
    void slaatIetsOp() throws IOException {
        Persoon persoon = new Persoon();
        persoon.bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        persoon.voornaam = "Herstart";
        persoon.achternaam = "Proef";
        persoon.geboortedatum = LocalDate.of(1990, 1, 1);
        persoon.persist();
        Files.writeString(Herstart.MERKTEKEN, persoon.bsn);
        assertTrue(Persoon.metBsn(persoon.bsn).isPresent());
    }
}
