package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.web.regels.Tekens;

import java.util.regex.Pattern;

/**
 * Checks what a person typed in a free-text field and says in B1 what to change. The text itself is
 * never changed here: the form shows it again as typed, and every page escapes it on output. Invisible
 * characters were already removed for every form by {@code web.Invoerhygiene}.
 */
public final class Tekstcontrole {
    public static final int MAX_TEKENS = 5000;
    /** A tag or script start ("<script", "</", "<!--", "<img"); "3 < 4" stays allowed. */
    private static final Pattern CODE = Pattern.compile("<\\s*[a-zA-Z!/?]");

    private static final String GEWONE_TEKST = "Schrijf gewone tekst, zonder de tekens < en > rond woorden.";

    private Tekstcontrole() {
    }

    /** A text as it is saved: without the spaces around it, and null when nothing was typed. */
    public static String opgeschoond(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
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
        if (Tekens.heeftRichtingteken(tekst)) {
            return richtingFout(lezer);
        }
        if (CODE.matcher(tekst).find()) {
            return lezer.zeg("Uw tekst lijkt computercode te bevatten, zoals <script>. " + GEWONE_TEKST,
                    "Je tekst lijkt computercode te bevatten, zoals <script>. " + GEWONE_TEKST,
                    "Your text seems to contain computer code, such as <script>. Please write plain text, without the "
                            + "signs < and > around words.");
        }
        return null;
    }

    /** The message for a text with a direction control (see {@link Tekens}), for every form that takes text. */
    public static String richtingFout(Lezer lezer) {
        return lezer.zeg("Uw tekst heeft een onzichtbaar teken dat de volgorde van de letters verandert. "
                        + "Typ de tekst opnieuw, zonder te plakken.",
                "Je tekst heeft een onzichtbaar teken dat de volgorde van de letters verandert. "
                        + "Typ de tekst opnieuw, zonder te plakken.",
                "Your text has an invisible character that changes the order of the letters. "
                        + "Please type the text again, without pasting.");
    }
}
