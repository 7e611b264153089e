package nl.jeugdportaal.klacht.regels;

/** The GI's decision on the klager's request for another jeugdbeschermer (DOMAIN §4). */
public enum Wisselbesluit {
    TOEGEWEZEN,
    AFGEWEZEN
}
