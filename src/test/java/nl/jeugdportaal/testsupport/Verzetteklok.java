package nl.jeugdportaal.testsupport;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/**
 * The portal's clock for one test method, set and moved by the test (a birthday at midnight in
 * Amsterdam, fifteen idle minutes) while Keycloak keeps real time.
 */
public final class Verzetteklok extends Clock {
    private volatile Instant nu;

    private Verzetteklok(Instant nu) {
        this.nu = nu;
    }

    /** Installs the clock in the running portal until the end of the current test method. */
    public static Verzetteklok op(Instant nu) {
        Verzetteklok klok = new Verzetteklok(nu);
        QuarkusMock.installMockForType(klok, Clock.class);
        return klok;
    }

    public void verzet(Duration duur) {
        nu = nu.plus(duur);
    }

    @Override
    public ZoneId getZone() {
        return Tijdzone.NEDERLAND;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(nu, zone);
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
