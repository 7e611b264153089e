package nl.jeugdportaal.verzoek.regels;

/** Where a request stands. Stored by name; the pages name it from the bundle ({@code VerzoekTekst.status}). */
public enum Status {
    INGEDIEND,
    TOEGEWEZEN,
    DEELS_TOEGEWEZEN,
    AFGEWEZEN;

    public boolean besloten() {
        return this != INGEDIEND;
    }

    /** The decisions a jeugdbeschermer can take; INGEDIEND is not one. */
    public static Status leesBesluit(String tekst) {
        for (Status status : values()) {
            if (status.besloten() && status.name().equals(tekst == null ? "" : tekst.strip())) {
                return status;
            }
        }
        return null;
    }
}
