package nl.jeugdportaal.verzoek.regels;

/**
 * The requests of DOMAIN §3. The names are stored in the database: never rename one. What the pages
 * call them, in Dutch and English, is in the web layer's bundle ({@code VerzoekTekst.soort}).
 */
public enum Verzoeksoort {
    KOPIE,
    CORRECTIE,
    VERNIETIGING,
    INFORMATIE;

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
