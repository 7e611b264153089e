package nl.jeugdportaal.klacht.regels;

/** Who comes along to help, in the groups of seed 002 §1.4. Its words are in the klacht bundle. */
public enum Ondersteuning {
    AKJ,
    FAMILIELID,
    ADVOCAAT,
    HULPVERLENER,
    GEEN
}
