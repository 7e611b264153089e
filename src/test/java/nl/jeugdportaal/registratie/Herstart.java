package nl.jeugdportaal.registratie;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two profiles on one fixed data folder: Quarkus restarts between them (and stops its embedded
 * PostgreSQL), as a second run of the portal would.
 */
final class Herstart {
    /**
     * One folder per test JVM: both profiles agree on it, and a run never meets a database that an
     * older run (with other migrations) left behind.
     */
    static final Path MAP = Path.of("target/pg-herstart", String.valueOf(ProcessHandle.current().pid()));
    /**
     * Carries the stored BSN from the first start to the second. A file, because each profile's
     * application has its own class loader (so no shared static). Quarkus orders profiled test
     * classes by profile name, so "EersteStart" runs before "TweedeStart".
     */
    static final Path MERKTEKEN = Path.of("target/pg-herstart-bsn.txt");

    private Herstart() {
    }

    public static class EersteStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.embedded.postgresql.data.dir", MAP.toString());
        }
    }

    public static class TweedeStart extends EersteStart {
    }
}
