package nl.jeugdportaal.bronsysteem;

import java.util.Arrays;

/** If-Match as RFC 9110 §13.1.1 reads it: a list of entity tags, or "*" for "whatever is stored". */
final class Etags {
    private Etags() {
    }

    static boolean past(String ifMatch, String huidige) {
        if (huidige == null) {
            return false;
        }
        return Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals("*") || t.replaceFirst("^W/", "").equals(huidige));
    }
}
