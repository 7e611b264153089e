package nl.jeugdportaal.audit;

/**
 * What was done. Stable codes: the log is read years later. What each one means to the person
 * reading the log is in {@link InzagelogTekst#actie}.
 */
public enum Actie {
    /** A page of the dossier: one row with every stuk it showed and refused (V80). */
    DOSSIER_BEKEKEN,
    STUK_BEKEKEN,
    STUK_GEWEIGERD,
    DOSSIER_GEWEIGERD,
    TOESTEMMING_GEGEVEN,
    TOESTEMMING_INGETROKKEN,
    /** A "nee" to a vertrouwenspersoon's question for toestemming (DOMAIN §2 rule 6). */
    TOESTEMMING_GEWEIGERD,
    /** A birthday changed who decides, so a toestemming stopped counting; the people concerned were told. */
    TOESTEMMING_TELT_NIET_MEER,
    MACHTIGING_GEGEVEN,
    MACHTIGING_INGETROKKEN,
    VERZOEK_INGEDIEND,
    VERZOEK_GEWEIGERD,
    VERZOEK_VERLENGD,
    VERZOEK_BESLOTEN,
    STUK_GECORRIGEERD,
    /** The jeugdbeschermer split a stuk into delen, each about its own persons (DOMAIN §2 rule 10). */
    STUK_IN_DELEN_GESPLITST,
    /** A granted vernietiging: the stuk's content is gone, this row says that it was there. */
    STUK_VERNIETIGD,
    EIGEN_VERKLARING_TOEGEVOEGD,
    KOPIE_GEMAAKT,
    KOPIE_GEDOWNLOAD,
    PLAN_BEKEKEN,
    /** Who is who names the family's helpers: a read about the family of its own kind. */
    WIE_IS_WIE_BEKEKEN,
    /** Opening a request reads what the family asked and was answered. */
    VERZOEK_BEKEKEN,
    VERZOEK_NIET_GEOPEND,
    INBRENG_GEGEVEN,
    FAMILIEGROEPSPLAN_GEKOZEN,
    KLACHT_INGEDIEND,
    KLACHT_GEWEIGERD,
    /** Opening a complaint reads about the family as much as a stuk does, so it is logged like one. */
    KLACHT_BEKEKEN,
    KLACHT_NIET_GEOPEND,
    KLACHT_BIJGEWERKT,
    KLACHT_VERDER,
    KLACHTVERSLAG_BEOORDEELD,
    INSTELLINGSREACTIE_GEWEIGERD,
    INSTELLINGSREACTIE_VERSTUURD,
    /** The GI's own system registered or changed something through the registratie API. */
    REGISTRATIE_GEWIJZIGD,
    /** The FG searched the access log; the search itself is in the toelichting. */
    AUDITLOG_DOORZOCHT;
}
