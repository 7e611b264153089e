package nl.jeugdportaal.begrippen;

import java.util.List;
import nl.jeugdportaal.web.Taal;

/**
 * One entry of the glossary: its anchor, the Dutch term, the Dutch words that link to it and a B1
 * explanation, and the same in English. English pages keep many Dutch terms ("supervision order
 * (OTS)"), so there both the Dutch and the English words link to the entry. {@code uitlegJe} is the
 * Dutch explanation for a jeugdige ("je", DOMAIN §8), or the same as {@code uitleg} when that
 * addresses nobody.
 */
public record Begrip(String id, String term, List<String> vormen, String uitleg, String uitlegJe, Engels engels) {

    /** The English name, the English words that link to the entry, and the explanation in plain English. */
    public record Engels(String term, List<String> vormen, String uitleg) {
    }

    public String term(Taal taal) {
        return taal == Taal.EN ? engels.term : term;
    }

    public String uitleg(Taal taal) {
        return taal == Taal.EN ? engels.uitleg : uitleg;
    }

    public String uitleg(Taal taal, boolean je) {
        return taal == Taal.EN ? engels.uitleg : je ? uitlegJe : uitleg;
    }
}
