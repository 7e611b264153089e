package nl.jeugdportaal.herinnering.regels;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdportaal.rechten.regels.Feestdagen;

/**
 * When a term needs a message: a reminder to the person who must act, a few working days before
 * the last day, and a message to the leidinggevende once the last day has passed. Working days
 * skip weekends and Dutch public holidays, as the law counts them ({@link Feestdagen#isWerkdag}).
 * Whether a message was already sent is not decided here: the caller records each one, so it fires once.
 */
public final class Herinneringsregels {
    /** Three working days: enough to act after a weekend or a day off, short enough to stay urgent. */
    public static final int WERKDAGEN_VOORAF = 3;

    public enum Stap {
        /** The term runs out soon: the person who must act is reminded. */
        HERINNERING,
        /** The last day has passed without the action: the leidinggevende is told. */
        VERLOPEN
    }

    private Herinneringsregels() {
    }

    /** What is due today for a term whose last day is {@code uiterlijk}; nothing once the action was taken. */
    public static Optional<Stap> vandaag(LocalDate uiterlijk, boolean gedaan, LocalDate vandaag) {
        if (gedaan || uiterlijk == null) {
            return Optional.empty();
        }
        if (vandaag.isAfter(uiterlijk)) {
            return Optional.of(Stap.VERLOPEN);
        }
        return vandaag.isBefore(herinnerVanaf(uiterlijk)) ? Optional.empty() : Optional.of(Stap.HERINNERING);
    }

    /** The first day of the reminder: {@link #WERKDAGEN_VOORAF} working days before the last day. */
    public static LocalDate herinnerVanaf(LocalDate uiterlijk) {
        LocalDate dag = uiterlijk;
        int geteld = 0;
        while (geteld < WERKDAGEN_VOORAF) {
            dag = dag.minusDays(1);
            if (Feestdagen.isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }
}
