package nl.jeugdportaal.audit;

/** What was done. Stable codes: the log is read years later. */
public enum Actie {
    STUK_BEKEKEN("heeft een stuk bekeken"),
    STUK_GEWEIGERD("mocht een stuk niet zien"),
    DOSSIER_GEWEIGERD("mocht een dossier niet openen"),
    TOESTEMMING_GEGEVEN("gaf toestemming"),
    TOESTEMMING_INGETROKKEN("trok toestemming in"),
    MACHTIGING_GEGEVEN("gaf een machtiging"),
    MACHTIGING_INGETROKKEN("trok een machtiging in");

    public final String omschrijving;

    Actie(String omschrijving) {
        this.omschrijving = omschrijving;
    }
}
