package nl.jeugdportaal.tijd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/** The one source of "now", in the portal's {@link Tijdzone}. */
@ApplicationScoped
public class Klok {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(Tijdzone.NEDERLAND);
    }
}
