package nl.jeugdportaal.tijd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now". Ages, terms and toestemming dates are all judged on the day in
 * Amsterdam, so a child's rights change at midnight Dutch time, not UTC.
 */
@ApplicationScoped
public class Klok {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
