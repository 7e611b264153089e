package nl.jeugdportaal.inzage.regels;

/**
 * Every rule that can decide an inzage question. The {@link #code()} is stable: the audit log and
 * reports store it, so never change or reuse one; add a new constant instead.
 */
public enum Regel {
    /** Staff on the case see every stuk, also afgeschermde. */
    MEDEWERKER("MDW", true),
    /** §2.7: the GI shielded the stuk; only staff see it. */
    AFGESCHERMD("AFG", false),
    /** A stuk without subjects is a registration error; we show it to no client. */
    GEEN_ONDERWERP("GEEN-ONDERWERP", false),
    /** A subject or viewer the situation does not know: we cannot compute an age, so no. */
    ONBEKENDE_PERSOON("ONBEKEND", false),

    /** §2.1: own data. */
    EIGEN_GEGEVENS("EIGEN", true),
    /** §2.2: under 12 nobody sees their own dossier. */
    EIGEN_JONGER_DAN_12("EIGEN-12", false),
    /** §2.2: a wilsonbekwame person does not see their own dossier. */
    EIGEN_WILSONBEKWAAM("EIGEN-WOB", false),

    /** §2.2: ouder met gezag or voogd of a wilsbekwame minor under 16. */
    GEZAG_JONGER_DAN_16("GEZAG-16", true),
    /** §2.2: ouder met gezag or voogd of a wilsonbekwame minor. */
    GEZAG_WILSONBEKWAAM("GEZAG-WOB", true),
    /** §2.2: wettelijk vertegenwoordiger of a wilsonbekwame adult. */
    VERTEGENWOORDIGER("VERT", true),
    /** §2.5: a valid toestemming from whom may give it. */
    TOESTEMMING("TOEST", true),
    /** §2.6: a vertrouwenspersoon on a valid machtiging, with the toestemmingen rule 6 asks. */
    VERTROUWENSPERSOON("VP", true),

    /** §2.2: ouder met gezag or voogd of a 16- or 17-year-old without that child's toestemming. */
    GEZAG_ZONDER_TOESTEMMING_16("GEZAG-16-TOEST", false),
    /** §2.2: gezag and voogdij end at 18 whatever the registration says. */
    GEZAG_GEEINDIGD_18("GEZAG-18", false),
    /** §2.4: ouder zonder gezag without toestemming (may ask for information under BW 1:377c). */
    OUDER_ZONDER_GEZAG("OZG", false),
    /** §2.3/§2.5: anyone else without a valid toestemming. */
    GEEN_TOESTEMMING("GEEN-TOEST", false),
    /** §2.6: the client of the vertrouwenspersoon may not see it either. */
    VERTROUWENSPERSOON_CLIENT_MAG_NIET("VP-CLIENT", false),
    /** §2.6: the vertrouwenspersoon lacks the toestemming of another gezaghebber or of the child. */
    VERTROUWENSPERSOON_ZONDER_TOESTEMMING("VP-TOEST", false),
    /** §2.6: the machtiging is not valid today (not started, ended or revoked). */
    MACHTIGING_NIET_GELDIG("VP-MACHTIGING", false),
    /** §2.10: a court paper, whole to the parties who receive it from the court anyway. */
    PROCESSTUK("PROCES", true),
    /** §2.10: the viewer sees some delen of the stuk, not all; each deel says why. */
    DELEN_ACHTERGEHOUDEN("DELEN", false);

    private final String code;
    private final boolean staatToe;

    Regel(String code, boolean staatToe) {
        this.code = code;
        this.staatToe = staatToe;
    }

    /** Short stable code for the audit log. */
    public String code() {
        return code;
    }

    /** Whether this rule allows; a Besluit's toegestaan always equals this. */
    public boolean staatToe() {
        return staatToe;
    }
}
