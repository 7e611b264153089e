package nl.jeugdportaal.klacht.regels;

/** Whether someone may file a complaint here, and why: the page says the reason in the reader's language. */
public enum Indienrecht {
    /** A parent, voogd or wettelijk vertegenwoordiger: about how the GI treats them or their child. */
    VOOR_UW_KIND(true),
    /** A pleegouder or someone else who cares for the child: about how the GI treats them or the child. */
    ALS_VERZORGER(true),
    /** The jeugdige of 12 or older: about how the GI treats them. */
    VOOR_JEZELF(true),
    TE_JONG(false),
    MEDEWERKER(false),
    NIET_IN_DOSSIER(false);

    private final boolean toegestaan;

    Indienrecht(boolean toegestaan) {
        this.toegestaan = toegestaan;
    }

    public boolean toegestaan() {
        return toegestaan;
    }
}
