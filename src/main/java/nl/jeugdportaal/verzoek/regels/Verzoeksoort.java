package nl.jeugdportaal.verzoek.regels;

/** The requests of DOMAIN §3. The names are stored in the database: never rename one. */
public enum Verzoeksoort {
    KOPIE("Kopie van het dossier"),
    CORRECTIE("Correctie van een stuk"),
    VERNIETIGING("Vernietiging van gegevens"),
    INFORMATIE("Informatie over uw kind");

    public final String label;

    Verzoeksoort(String label) {
        this.label = label;
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
