package nl.jeugdportaal.klacht.regels;

/** Who complained, in the groups of seed 002 §1.3 (plus voogd, which the portal knows). Its words are in the klacht bundle. */
public enum Klagersoort {
    MOEDER,
    VADER,
    BEIDE_OUDERS,
    JEUGDIGE,
    GROOTOUDERS,
    PLEEGOUDERS,
    VOOGD,
    OVERIGEN
}
