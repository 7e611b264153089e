package nl.jeugdportaal.verzoek.regels;

/** Where a request stands. Stored by name. */
public enum Status {
    INGEDIEND("In behandeling"),
    TOEGEWEZEN("Toegewezen"),
    DEELS_TOEGEWEZEN("Deels toegewezen"),
    AFGEWEZEN("Afgewezen");

    public final String label;

    Status(String label) {
        this.label = label;
    }

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
