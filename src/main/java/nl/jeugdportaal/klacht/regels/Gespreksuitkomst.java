package nl.jeugdportaal.klacht.regels;

/** How a klachtgesprek ended. */
public enum Gespreksuitkomst {
    OPGELOST("Opgelost"),
    DEELS("Deels opgelost"),
    NIET_OPGELOST("Niet opgelost");

    public final String label;

    Gespreksuitkomst(String label) {
        this.label = label;
    }
}
