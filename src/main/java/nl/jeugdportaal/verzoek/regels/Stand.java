package nl.jeugdportaal.verzoek.regels;

/** How a request stands against its term, for the staff lists. */
public enum Stand {
    OP_TIJD("Op tijd"),
    BIJNA_TE_LAAT("Bijna te laat"),
    TE_LAAT("Te laat"),
    AFGEHANDELD("Afgehandeld");

    /**
     * The Dutch name, for the complaint pages; the request pages take the name in the page's language
     * from their bundle ({@code VerzoekTekst.stand}).
     */
    public final String label;

    Stand(String label) {
        this.label = label;
    }
}
