package nl.jeugdportaal.klacht.regels;

/** A yes or no of a form: "klopt het verslag?", "neemt de GI de uitspraak over?". */
public enum JaNee implements Formulierwaarde {
    JA,
    NEE;

    @Override
    public String formulierwaarde() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean ja() {
        return this == JA;
    }
}
