package nl.jeugdportaal.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A restart of the portal with a throw-away database of its own, for tests that add data the other
 * tests must not see (they count the demo dossiers, and staff see every dossier). Quarkus runs the
 * classes with this profile after all plain @QuarkusTest classes, and starts a fresh embedded
 * PostgreSQL for them.
 */
public class EigenDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of();
    }
}
