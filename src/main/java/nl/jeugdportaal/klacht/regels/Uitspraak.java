package nl.jeugdportaal.klacht.regels;

/** The KJMN's ruling on one klachtonderdeel (DOMAIN §4). */
public enum Uitspraak {
    GEGROND("Gegrond"),
    DEELS_GEGROND("Deels gegrond"),
    ONGEGROND("Ongegrond"),
    GEEN_OORDEEL("Geen oordeel");

    public final String label;

    Uitspraak(String label) {
        this.label = label;
    }

    /** Seed 000 §5: for a part the KJMN found (partly) right, the GI must say what it does with it. */
    public boolean vraagtMaatregel() {
        return this == GEGROND || this == DEELS_GEGROND;
    }
}
