package nl.jeugdportaal.verzoek.regels;

/**
 * The requests of DOMAIN §3. The names are stored in the database: never rename one. What the pages
 * call them, in Dutch and English, is in the web layer's bundle ({@code VerzoekTekst.soort}).
 */
public enum Verzoeksoort {
    KOPIE,
    CORRECTIE,
    VERNIETIGING,
    INFORMATIE,
    /** AVG art. 21: the person objects to how the GI uses their data. */
    BEZWAAR,
    /** AVG art. 18: the GI uses the data only to keep it for a while, for example while a correctie is checked. */
    BEPERKING,
    /**
     * DOMAIN §2 rule 10: a kopie of one stuk the GI did not split, with the parts about other
     * persons blacked out. Asked from the refusal of that stuk on the dossier page; the
     * jeugdbeschermer answers it by splitting the stuk into delen.
     */
    ZWARTGELAKTE_KOPIE;

    /** Filed from the refusal of one stuk on the dossier page, not chosen from the list of requests. */
    public boolean vanuitWeigering() {
        return this == ZWARTGELAKTE_KOPIE;
    }

    /** A request under the privacy law (AVG), with its remedies; the 377c request for information is not one. */
    public boolean privacy() {
        return this != INFORMATIE;
    }

    /** Reads a form or URL value; null for anything else, so a forged value is simply unknown. */
    public static Verzoeksoort lees(String tekst) {
        for (Verzoeksoort soort : values()) {
            if (soort.name().equalsIgnoreCase(tekst == null ? "" : tekst.strip())) {
                return soort;
            }
        }
        return null;
    }
}
