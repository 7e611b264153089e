package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import java.util.regex.Pattern;

/**
 * Checks what a person typed in a free-text field and says in B1 what to change. The text itself is
 * never changed: the form shows it again as typed, and every page escapes it on output.
 */
public final class Tekstcontrole {
    public static final int MAX_TEKENS = 5000;
    /** A tag or script start ("<script", "</", "<!--", "<img"); "3 < 4" stays allowed. */
    private static final Pattern CODE = Pattern.compile("<\\s*[a-zA-Z!/?]");

    private static final String GEWONE_TEKST = "Schrijf gewone tekst, zonder de tekens < en > rond woorden.";

    private Tekstcontrole() {
    }

    /** The message for next to the field, for this reader, or null when the text is fine. */
    public static String fout(String tekst, boolean verplicht, Lezer lezer) {
        if (tekst == null || tekst.isBlank()) {
            return verplicht ? lezer.zeg("Vul dit veld in, alstublieft.", "Vul dit veld in.", "Please fill in this field.")
                    : null;
        }
        int n = tekst.length();
        if (n > MAX_TEKENS) {
            return lezer.zeg("Uw tekst is te lang. U mag " + MAX_TEKENS + " tekens gebruiken. Nu zijn het er " + n
                    + ". Maak de tekst korter.",
                    "Je tekst is te lang. Je mag " + MAX_TEKENS + " tekens gebruiken. Nu zijn het er " + n
                            + ". Maak de tekst korter.",
                    "Your text is too long. You may use " + MAX_TEKENS + " characters. Now there are " + n
                            + ". Please make the text shorter.");
        }
        if (CODE.matcher(tekst).find()) {
            return lezer.zeg("Uw tekst lijkt computercode te bevatten, zoals <script>. " + GEWONE_TEKST,
                    "Je tekst lijkt computercode te bevatten, zoals <script>. " + GEWONE_TEKST,
                    "Your text seems to contain computer code, such as <script>. Please write plain text, without the "
                            + "signs < and > around words.");
        }
        return null;
    }
}
