package nl.jeugdportaal.klacht.regels;

/**
 * The three ways a complaint can go (DOMAIN §4). Their names and B1 explanations ("u" for adults,
 * "je" for jeugdigen) are in the klacht bundle.
 */
public enum Route {
    STAP1,
    STAP2,
    KJMN;

    /** The step after this one, or null after the KJMN: the KJMN is the last step inside the GI's reach. */
    public Route volgende() {
        return this == KJMN ? null : values()[ordinal() + 1];
    }
}
