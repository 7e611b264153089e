package nl.jeugdportaal.klacht.regels;

/** How a klachtgesprek ended. Its words are in the klacht bundle. */
public enum Gespreksuitkomst {
    OPGELOST,
    DEELS,
    NIET_OPGELOST
}
