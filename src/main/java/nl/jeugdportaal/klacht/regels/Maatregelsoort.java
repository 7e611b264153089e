package nl.jeugdportaal.klacht.regels;

/** The kind of measure a complaint came from, as in seed 002 §1.2; stored on the day of filing. Its words are in the klacht bundle. */
public enum Maatregelsoort {
    OTS,
    VOOGDIJ,
    PREVENTIEF,
    JR
}
