package nl.jeugdportaal.verzoek.regels;

/** How a request or a complaint step stands against its term. The pages name it from their bundle. */
public enum Stand {
    OP_TIJD,
    BIJNA_TE_LAAT,
    TE_LAAT,
    AFGEHANDELD
}
