package nl.jeugdportaal.verzoek.regels;

import java.util.regex.Pattern;

/**
 * Checks what a person typed in a free-text field and says in B1 what to change. The text itself is
 * never changed: the form shows it again as typed, and every page escapes it on output.
 */
public final class Tekstcontrole {
    public static final int MAX_TEKENS = 5000;
    /** A tag or script start ("<script", "</", "<!--", "<img"); "3 < 4" stays allowed. */
    private static final Pattern CODE = Pattern.compile("<\\s*[a-zA-Z!/?]");

    private Tekstcontrole() {
    }

    /** The message for next to the field, or null when the text is fine. */
    public static String fout(String tekst, boolean verplicht, boolean je) {
        return fout(tekst, verplicht, je, MAX_TEKENS);
    }

    /** As {@link #fout(String, boolean, boolean)}, for a field that holds longer text (a whole stuk). */
    public static String fout(String tekst, boolean verplicht, boolean je, int maxTekens) {
        if (tekst == null || tekst.isBlank()) {
            return verplicht ? (je ? "Vul dit veld in." : "Vul dit veld in, alstublieft.") : null;
        }
        if (tekst.length() > maxTekens) {
            return (je ? "Je tekst is te lang. Je mag " : "Uw tekst is te lang. U mag ") + maxTekens
                    + " tekens gebruiken. Nu zijn het er " + tekst.length() + ". Maak de tekst korter.";
        }
        if (CODE.matcher(tekst).find()) {
            return (je ? "Je tekst" : "Uw tekst") + " lijkt computercode te bevatten, zoals <script>. "
                    + "Schrijf gewone tekst, zonder de tekens < en > rond woorden.";
        }
        return null;
    }
}
