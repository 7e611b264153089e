package nl.jeugdportaal.registratie;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a toestemming or machtiging stands on a day. The API shows the constant; the pages show the
 * words of {@link ToestemmingTekst#status(Geldigheid)}.
 */
public enum Geldigheid {
    GELDIG,
    NOG_NIET_GELDIG,
    VERLOPEN,
    INGETROKKEN;

    /**
     * A withdrawal counts from the moment it was made, so it wins over the dates: it "stops at once"
     * (DOMAIN §2 rule 5). Both dates are inclusive; no end date means open.
     */
    static Geldigheid op(LocalDate dag, LocalDate vanaf, LocalDate tot, Instant ingetrokkenOp) {
        if (ingetrokkenOp != null) {
            return INGETROKKEN;
        }
        if (vanaf.isAfter(dag)) {
            return NOG_NIET_GELDIG;
        }
        return tot != null && tot.isBefore(dag) ? VERLOPEN : GELDIG;
    }

    /** Whether withdrawing still changes anything. */
    public boolean intrekbaar() {
        return this == GELDIG || this == NOG_NIET_GELDIG;
    }
}
