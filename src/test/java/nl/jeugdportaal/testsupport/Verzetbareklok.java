package nl.jeugdportaal.testsupport;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/**
 * The portal's clock for tests that must stand on a given day (the day before a term runs out).
 * Enabled only by the test profiles that name it; it runs with real time from the day it is set to,
 * so sessions and tokens keep working.
 */
@Alternative
@Singleton
public class Verzetbareklok extends Clock {
    private volatile Duration verschil = Duration.ZERO;

    /** From now on "now" is {@code dag} at the current time of day (Amsterdam). */
    public void zet(LocalDate dag) {
        Instant echt = Instant.now();
        LocalDate vandaag = LocalDate.ofInstant(echt, Tijdzone.NEDERLAND);
        verschil = Duration.ofDays(vandaag.until(dag, java.time.temporal.ChronoUnit.DAYS));
    }

    public void echt() {
        verschil = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return Tijdzone.NEDERLAND;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), verschil);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(verschil);
    }
}
