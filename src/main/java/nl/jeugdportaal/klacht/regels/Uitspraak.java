package nl.jeugdportaal.klacht.regels;

/** The KJMN's ruling on one klachtonderdeel (DOMAIN §4). */
public enum Uitspraak {
    GEGROND,
    DEELS_GEGROND,
    ONGEGROND,
    GEEN_OORDEEL;

    /** Seed 000 §5: for a part the KJMN found (partly) right, the GI must say what it does with it. */
    public boolean vraagtMaatregel() {
        return this == GEGROND || this == DEELS_GEGROND;
    }
}
