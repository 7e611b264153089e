package nl.jeugdportaal.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal as a service runs it: real mail through a real SMTP server, the outbox worker every
 * second, the submit limit of production, and a clock the test sets. A database of its own, so
 * the reminders and submissions of these tests never meet the other classes' data.
 */
public class Dienstprofiel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("jeugdportaal.outbox.interval", "1s", "jeugdportaal.limiet.per-uur", "20");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Verzetbareklok.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Mailserver.class));
    }
}
