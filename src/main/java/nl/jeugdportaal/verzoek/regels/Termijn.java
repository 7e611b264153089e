package nl.jeugdportaal.verzoek.regels;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The term of one request: received on {@code ontvangen}, answer due on {@code uiterlijk}, and, when
 * extended, the new due date. Made and changed by {@link Termijnen}.
 */
public record Termijn(Verzoeksoort soort, LocalDate ontvangen, LocalDate uiterlijk, LocalDate verlengdTot) {

    public Termijn {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(ontvangen, "ontvangen");
        Objects.requireNonNull(uiterlijk, "uiterlijk");
    }

    /** The due date that counts now. */
    public LocalDate geldend() {
        return verlengdTot == null ? uiterlijk : verlengdTot;
    }

    public boolean verlengd() {
        return verlengdTot != null;
    }
}
