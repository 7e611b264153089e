package nl.jeugdportaal.audit;

/** What was done. Stable codes: the log is read years later. */
public enum Actie {
    STUK_BEKEKEN("heeft een stuk bekeken"),
    STUK_GEWEIGERD("mocht een stuk niet zien"),
    DOSSIER_GEWEIGERD("mocht een dossier niet openen"),
    TOESTEMMING_GEGEVEN("gaf toestemming"),
    TOESTEMMING_INGETROKKEN("trok toestemming in"),
    /** A "nee" to a vertrouwenspersoon's question for toestemming (DOMAIN §2 rule 6). */
    TOESTEMMING_GEWEIGERD("weigerde toestemming"),
    MACHTIGING_GEGEVEN("gaf een machtiging"),
    MACHTIGING_INGETROKKEN("trok een machtiging in"),
    VERZOEK_INGEDIEND("diende een verzoek in"),
    VERZOEK_GEWEIGERD("mocht een verzoek niet indienen"),
    VERZOEK_VERLENGD("verlengde de termijn van een verzoek"),
    VERZOEK_BESLOTEN("besliste over een verzoek"),
    STUK_GECORRIGEERD("paste een stuk aan na een correctie"),
    /** A granted vernietiging: the stuk's content is gone, this row says that it was there. */
    STUK_VERNIETIGD("vernietigde een stuk na een verzoek"),
    EIGEN_VERKLARING_TOEGEVOEGD("voegde een eigen verklaring toe"),
    KOPIE_GEMAAKT("nam een stuk op in een kopie"),
    KOPIE_GEDOWNLOAD("downloadde een kopie"),
    PLAN_BEKEKEN("heeft het plan bekeken"),
    INBRENG_GEGEVEN("schreef een mening of inbreng"),
    FAMILIEGROEPSPLAN_GEKOZEN("koos over het familiegroepsplan"),
    KLACHT_INGEDIEND("diende een klacht in"),
    KLACHT_GEWEIGERD("mocht een klacht niet indienen"),
    KLACHT_BIJGEWERKT("legde een stap van een klacht vast"),
    KLACHT_VERDER("zette een klacht door naar de volgende stap"),
    KLACHTVERSLAG_BEOORDEELD("zei of het verslag van een klachtgesprek klopt"),
    INSTELLINGSREACTIE_GEWEIGERD("mocht een onvolledige reactie op een uitspraak niet versturen"),
    INSTELLINGSREACTIE_VERSTUURD("verstuurde de reactie op een uitspraak van de KJMN");

    public final String omschrijving;

    Actie(String omschrijving) {
        this.omschrijving = omschrijving;
    }
}
