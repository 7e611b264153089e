package nl.jeugdportaal.verzoek.regels;

/** How the person whose right it is stands to the child of the dossier, on the day of the request. */
public enum Band {
    KIND_ZELF, OUDER, VOOGD, VERTEGENWOORDIGER,
    /** Cares for the child without gezag: a pleegouder, or someone else in whose home the child lives. */
    PLEEGOUDER,
    MEDEWERKER, ANDERS
}
