package nl.jeugdportaal.verzoek.regels;

/** How a request stands against its term, for the staff lists. */
public enum Stand {
    OP_TIJD("Op tijd"),
    BIJNA_TE_LAAT("Bijna te laat"),
    TE_LAAT("Te laat"),
    AFGEHANDELD("Afgehandeld");

    public final String label;

    Stand(String label) {
        this.label = label;
    }
}
