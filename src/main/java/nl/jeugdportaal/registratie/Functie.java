package nl.jeugdportaal.registratie;

/** What the GI registered someone does for clients: it, not a role on the login, makes their role in the portal. */
public enum Functie {
    /** Independent helper (AKJ, Jeugdstem, Zorgbelang); a client may give them a machtiging. */
    VERTROUWENSPERSOON,
    /** GI staff registered by the bronsysteem. */
    JEUGDBESCHERMER,
    LEIDINGGEVENDE,
    FG
}
