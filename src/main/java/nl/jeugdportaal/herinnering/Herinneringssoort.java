package nl.jeugdportaal.herinnering;

/** The terms the portal reminds of (issue #18 item 2), each with the case its {@code zaak} id points to. */
public enum Herinneringssoort {
    /** Klachtgesprek id; the verslag within two weeks of the gesprek (Klachttermijnen). */
    VERSLAG_KLACHTGESPREK,
    /** Verzoek id; the answer within a month, or the extended term. */
    VERZOEK_ANTWOORD,
    /** Klacht id; the instellingsreactie within a month of the KJMN uitspraak. */
    KJMN_REACTIE,
    /** Dossier id, for the plan's terms (plan.Termijnen). */
    EERSTE_CONTACT,
    PLAN_VAN_AANPAK,
    HULP_GESTART,
    VERLENGINGSVERZOEK
}
