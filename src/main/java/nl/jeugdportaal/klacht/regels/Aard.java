package nl.jeugdportaal.klacht.regels;

/** What a complaint is mainly about, in the groups of seed 002 §1.5. Its words are in the klacht bundle. */
public enum Aard {
    BEJEGENING,
    RAPPORTAGES,
    BEREIKBAARHEID,
    OVERIG
}
