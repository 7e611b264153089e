package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;

/** Date ranges as the GI registers them: both ends inclusive, {@code null} means open. */
final class Periode {
    private Periode() {
    }

    static boolean bevat(LocalDate vanaf, LocalDate tot, LocalDate dag) {
        return (vanaf == null || !dag.isBefore(vanaf)) && (tot == null || !dag.isAfter(tot));
    }

    /** A withdrawal stops a toestemming or machtiging "at once" (DOMAIN §2 rule 5): from that day on. */
    static boolean bevat(LocalDate vanaf, LocalDate tot, LocalDate ingetrokkenOp, LocalDate dag) {
        return bevat(vanaf, tot, dag) && (ingetrokkenOp == null || dag.isBefore(ingetrokkenOp));
    }

    static void controleer(LocalDate vanaf, LocalDate tot, String wat) {
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            throw new IllegalArgumentException(wat + ": tot (" + tot + ") ligt voor vanaf (" + vanaf + ")");
        }
    }
}
