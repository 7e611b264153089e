package nl.jeugdportaal.registratie;

/** What kind of stuk it is; the names people read are in {@link DossierTekst#soort}. */
public enum StukSoort {
    GESPREKSVERSLAG,
    CONTACTMOMENT,
    VEILIGHEIDSPLAN,
    PLAN_VAN_AANPAK,
    EVALUATIE,
    RAPPORTAGE,
    BESCHIKKING,
    BRIEF,
    VERZOEKSCHRIFT,
    VERSLAG_OVERLEG,
    INFORMATIE_DERDEN
}
