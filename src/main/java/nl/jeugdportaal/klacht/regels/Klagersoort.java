package nl.jeugdportaal.klacht.regels;

/** Who complained, in the groups of seed 002 §1.3 (plus voogd, which the portal knows). */
public enum Klagersoort {
    MOEDER("Moeder"),
    VADER("Vader"),
    BEIDE_OUDERS("Beide ouders"),
    JEUGDIGE("Jeugdige"),
    GROOTOUDERS("Grootouders"),
    PLEEGOUDERS("Pleegouders"),
    VOOGD("Voogd"),
    OVERIGEN("Overigen");

    public final String label;

    Klagersoort(String label) {
        this.label = label;
    }
}
