package nl.jeugdportaal.registratie;

/** The child protection measures; the names people read are in {@code DossierTekst#maatregel}. */
public enum MaatregelSoort {
    OTS,
    VOTS,
    VOOGDIJ,
    MACHTIGING_UITHUISPLAATSING
}
