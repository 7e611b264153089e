package nl.jeugdportaal.klacht.regels;

/** The three ways a complaint can go (DOMAIN §4), each explained in B1: "u" for adults, "je" for jeugdigen. */
public enum Route {
    STAP1("Stap 1: praten met de jeugdbeschermer",
            "U praat met de jeugdbeschermer over wat er mis ging. Vaak is het dan al opgelost. U mag iemand meenemen.",
            "Je praat met de jeugdbeschermer over wat er mis ging. Vaak is het dan al opgelost. Je mag iemand meenemen."),
    STAP2("Stap 2: een klachtgesprek met de leidinggevende",
            "De baas van de jeugdbeschermer nodigt u uit. Iemand schrijft op wat er gezegd is. Binnen twee weken krijgt u dat verslag.",
            "De baas van de jeugdbeschermer nodigt je uit. Iemand schrijft op wat er gezegd is. Binnen twee weken krijg je dat verslag."),
    KJMN("Direct naar de KJMN",
            "De KJMN is een commissie die los staat van ons. Zij hoort u en ons. Daarna zegt zij per punt of uw klacht klopt.",
            "De KJMN is een commissie die los staat van ons. Zij hoort jou en ons. Daarna zegt zij per punt of je klacht klopt.");

    public final String label;
    private final String uitlegU;
    private final String uitlegJe;

    Route(String label, String uitlegU, String uitlegJe) {
        this.label = label;
        this.uitlegU = uitlegU;
        this.uitlegJe = uitlegJe;
    }

    public String uitleg(boolean je) {
        return je ? uitlegJe : uitlegU;
    }

    /** The step after this one, or null after the KJMN: the KJMN is the last step inside the GI's reach. */
    public Route volgende() {
        return this == KJMN ? null : values()[ordinal() + 1];
    }

}
