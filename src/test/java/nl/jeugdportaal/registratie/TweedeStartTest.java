package nl.jeugdportaal.registratie;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** A second run of the portal keeps what the first one stored (issue: the demo data survives). */
@QuarkusTest
@TestProfile(Herstart.TweedeStart.class)
class TweedeStartTest {

    @Test
    void vindtWatDeEersteStartOpsloeg() throws IOException {
        assumeTrue(Files.exists(Herstart.MERKTEKEN), "draait alleen na EersteStartTest");
        String bsn = Files.readString(Herstart.MERKTEKEN);
        Files.delete(Herstart.MERKTEKEN);
        assertTrue(Persoon.metBsn(bsn).isPresent(),
                "na een herstart moet de database nog hebben wat de eerste start opsloeg");
    }
}
