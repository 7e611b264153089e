package nl.jeugdportaal.inzage.policycheck;

/** A scenario file that cannot be read or understood; {@link #regel} is the one line for stderr. */
public final class OngeldigBestand extends Exception {
    private static final long serialVersionUID = 1L;
    private final String caseNaam;
    private final String veld;

    /**
     * @param caseNaam how to name the case: its name in quotes, or its place ("cases[3]"); null outside a case
     * @param veld     the field inside the case (or the document, outside a case); null when none
     */
    public OngeldigBestand(String caseNaam, String veld, String bericht) {
        super(bericht);
        this.caseNaam = caseNaam;
        this.veld = veld;
    }

    public String caseNaam() {
        return caseNaam;
    }

    public String veld() {
        return veld;
    }

    /** One line, whatever the message contains, so scripts can rely on it. */
    public String regel(String bestand) {
        StringBuilder b = new StringBuilder("policy-check: ").append(bestand).append(": ");
        if (caseNaam != null) {
            b.append("case ").append(caseNaam).append(", ");
        }
        if (veld != null && !veld.isEmpty()) {
            b.append("field \"").append(veld).append("\": ");
        }
        b.append(getMessage());
        return b.toString().replaceAll("[\\r\\n]+", " ");
    }
}
