package nl.jeugdportaal.verzoek.regels;

import java.util.Objects;

/** Whether something may be done, with the B1 sentence the portal shows the person. */
public record Toets(boolean toegestaan, String reden) {

    public Toets {
        Objects.requireNonNull(reden, "reden");
    }

    static Toets ja(String reden) {
        return new Toets(true, reden);
    }

    static Toets nee(String reden) {
        return new Toets(false, reden);
    }
}
