package nl.jeugdportaal.tijd.regels;

import java.time.ZoneId;

/**
 * The one time zone of the portal. Ages, terms and toestemming dates are judged on the day in the
 * Netherlands, so a child's rights change at midnight Dutch time, not UTC. A rule, so the plain-Java
 * rules and the framework code read the same day.
 */
public final class Tijdzone {
    /** For annotations, which take the name and not the zone. */
    public static final String NAAM = "Europe/Amsterdam";
    public static final ZoneId NEDERLAND = ZoneId.of(NAAM);

    private Tijdzone() {
    }
}
