package nl.jeugdportaal.registratie;

/** What the GI registered someone does for clients, apart from their login role. */
public enum Functie {
    /** Independent helper (AKJ, Jeugdstem, Zorgbelang); a client may give them a machtiging. */
    VERTROUWENSPERSOON,
    /** GI staff registered by the bronsysteem; the login role, not this, decides what they may do. */
    JEUGDBESCHERMER,
    LEIDINGGEVENDE,
    FG
}
