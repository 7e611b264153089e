package nl.jeugdportaal.inzage.regels;

import java.util.Objects;

/**
 * The answer to "may this person give toestemming about P?" (DOMAIN §2 rule 5).
 *
 * @param mag   whether a toestemming from this person counts
 * @param reden the B1 sentences for the giver ("u" or "je"): why, and for a jeugdige of 12 to 15 or
 *              their gezaghebber, whose toestemming is needed as well
 */
public record Geefbesluit(boolean mag, String reden) {

    public Geefbesluit {
        Objects.requireNonNull(reden, "reden");
    }
}
