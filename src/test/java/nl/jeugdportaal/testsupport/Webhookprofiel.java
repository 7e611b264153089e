package nl.jeugdportaal.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The portal with the feed's webhook pointed at a {@link Webhookontvanger}, its worker every
 * second; a restart with a database of its own, so the other classes' events never meet these.
 */
public class Webhookprofiel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of();
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Webhookontvanger.class));
    }
}
