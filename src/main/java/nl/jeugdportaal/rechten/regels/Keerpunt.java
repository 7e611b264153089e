package nl.jeugdportaal.rechten.regels;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/**
 * The birthdays on which a child's rights change, and how long before them the child and the
 * gezag-holders are told (DOMAIN §5). Names are stored in the database: never rename one.
 */
public enum Keerpunt {
    /** From 16 the child decides about the dossier: told one month before. */
    ZESTIEN(16, 1),
    /**
     * At 18 the OTS, gezag and the parents' inzage end; mentorschap or curatele, DigiD, a
     * zorgverzekering and toeslagen must be arranged. TO CHECK: three months, so that a request for
     * mentorschap or curatele can be with the court in time; DOMAIN §5 says only "before the 18th".
     */
    ACHTTIEN(18, 3);

    private final int leeftijd;
    private final int maandenVooraf;

    Keerpunt(int leeftijd, int maandenVooraf) {
        this.leeftijd = leeftijd;
        this.maandenVooraf = maandenVooraf;
    }

    public int leeftijd() {
        return leeftijd;
    }

    /**
     * The first day on which the child has this age, as ages are counted everywhere in the portal
     * ({@link Period#between}): someone born on 29 February turns 16 on 1 March in a common year.
     */
    public LocalDate verjaardag(LocalDate geboren) {
        LocalDate dag = geboren.plusYears(leeftijd);
        return Period.between(geboren, dag).getYears() < leeftijd ? dag.plusDays(1) : dag;
    }

    /** The first day the message is due. */
    public LocalDate vanaf(LocalDate geboren) {
        return verjaardag(geboren).minusMonths(maandenVooraf);
    }

    /**
     * The turning points whose message is due on {@code dag}: from the day it is due until the day
     * before the birthday, so a day the sender did not run is made up the next day, never after.
     */
    public static List<Keerpunt> aanDeBeurt(LocalDate geboren, LocalDate dag) {
        return Arrays.stream(values())
                .filter(k -> !dag.isBefore(k.vanaf(geboren)) && dag.isBefore(k.verjaardag(geboren))).toList();
    }
}
