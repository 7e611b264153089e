package nl.jeugdportaal.taken.regels;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * How urgent a task is, in the order a worklist shows them: what is late first, then what is almost
 * late, then the rest by date, and what has no term last. Whether a term is late or almost late is
 * decided by the rules of that term (verzoek, klacht, plan); this only orders them.
 */
public enum Urgentie {
    TE_LAAT,
    BIJNA_TE_LAAT,
    OP_TIJD,
    GEEN_TERMIJN;

    /** A term of a measure "runs out" this many days before its end: time enough to ask the court for more. */
    public static final int AFLOPEN_DAGEN = 56;

    public static Urgentie van(LocalDate uiterlijk, boolean teLaat, boolean bijna) {
        if (teLaat) {
            return TE_LAAT;
        }
        if (bijna) {
            return BIJNA_TE_LAAT;
        }
        return uiterlijk == null ? GEEN_TERMIJN : OP_TIJD;
    }

    /** Whether an end date is close enough to show as a task ({@link #AFLOPEN_DAGEN}), and not past. */
    public static boolean looptAf(LocalDate einde, LocalDate vandaag) {
        return einde != null && !einde.isBefore(vandaag) && !einde.isAfter(vandaag.plusDays(AFLOPEN_DAGEN));
    }

    /** The worklist's order for anything with an urgency and a date. */
    public static <T> Comparator<T> volgorde(java.util.function.Function<T, Urgentie> urgentie,
            java.util.function.Function<T, LocalDate> uiterlijk) {
        return Comparator.comparing(urgentie).thenComparing(uiterlijk, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
