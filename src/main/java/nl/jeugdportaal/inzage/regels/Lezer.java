package nl.jeugdportaal.inzage.regels;

/**
 * Who reads a sentence of these rules: in Dutch "je" for a jeugdige under 18 and "u" for an adult
 * (DOMAIN §8), or English, which has one "you" for both. Every sentence is written in all its forms
 * side by side, so the languages cannot drift apart; the web layer says which one a page needs. The
 * inzage reasons and the request and complaint rules all speak through it.
 */
public record Lezer(boolean je, boolean engels) {

    /** The sentence for this reader: Dutch for an adult, Dutch for a jeugdige, or English. */
    public String zeg(String u, String jij, String english) {
        return engels ? english : je ? jij : u;
    }

    /** A sentence for staff, who read "u" in Dutch. */
    public String zeg(String u, String english) {
        return engels ? english : u;
    }
}
