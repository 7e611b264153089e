package nl.jeugdportaal.inzage.regels;

/** The kinds of relation the GI registers between two persons. */
public enum Relatiesoort {
    /** Parent; whether the parent holds gezag is a fact of the relation ({@link Relatie#gezag()}). */
    OUDER,
    /** Holds gezag instead of the parents (voogdij); always counts as gezag while the minor is under 18. */
    VOOGD,
    /** Curator or mentor of a wilsonbekwame adult (18+). */
    VERTEGENWOORDIGER,
    /**
     * Cares for the child without gezag (a pleegouder, a gezinshuisouder). Gives no dossier inzage
     * by these rules, only the right to complain (DOMAIN §4, the Jeugdwet klachtregeling).
     */
    PLEEGOUDER
}
