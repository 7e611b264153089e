package nl.jeugdportaal.begrippen;

import java.util.List;
import nl.jeugdportaal.web.Taal;

/**
 * One entry of the glossary: its anchor, the Dutch term, the Dutch words that link to it and a B1
 * explanation, and the same in English. English pages keep many Dutch terms ("supervision order
 * (OTS)"), so there both the Dutch and the English words link to the entry.
 */
public record Begrip(String id, String term, List<String> vormen, String uitleg, Engels engels) {

    /** The English name, the English words that link to the entry, and the explanation in plain English. */
    public record Engels(String term, List<String> vormen, String uitleg) {
    }

    public String term(Taal taal) {
        return taal == Taal.EN ? engels.term : term;
    }

    public String uitleg(Taal taal) {
        return taal == Taal.EN ? engels.uitleg : uitleg;
    }
}
