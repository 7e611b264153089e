package nl.jeugdportaal.verzoek.regels;

/** How the person whose right it is stands to the child of the dossier, on the day of the request. */
public enum Band {
    KIND_ZELF, OUDER, VOOGD, VERTEGENWOORDIGER, MEDEWERKER, ANDERS
}
