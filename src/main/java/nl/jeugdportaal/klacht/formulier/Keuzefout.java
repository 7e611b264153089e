package nl.jeugdportaal.klacht.formulier;

/** Which question a {@link Keuze} field answers, so its message can say what to choose. */
public enum Keuzefout {
    ROUTE,
    AARD,
    ONDERSTEUNING,
    KLOPT,
    UITKOMST,
    WISSELBESLUIT,
    MIJLPAAL,
    UITSPRAAK
}
