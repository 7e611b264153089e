package nl.jeugdportaal.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the portal's own HTML without a browser. The pages come from our Qute templates, so a few
 * patterns suffice; they read what a person sees (text), not how it is built.
 */
public final class Html {
    private Html() {
    }

    /**
     * The text of a fragment as a reader sees it: tags dropped, entities decoded, spaces collapsed.
     * A tag inside a line of text (a link, {@code <strong>}) adds no space, as in a browser:
     * "(<a>jeugdbeschermer</a>)" reads "(jeugdbeschermer)".
     */
    public static String tekst(String fragment) {
        return fragment.replaceAll("(?si)</?(?:a|abbr|b|code|em|i|small|span|strong|time)\\b[^>]*>", "")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** The inner HTML of every match of group 1 of the pattern, in page order. */
    public static List<String> alle(Pattern patroon, String html) {
        List<String> gevonden = new ArrayList<>();
        Matcher m = patroon.matcher(html);
        while (m.find()) {
            gevonden.add(m.group(1));
        }
        return gevonden;
    }

    /** Group 1 of the first match, or null. */
    public static String eerste(Pattern patroon, String html) {
        Matcher m = patroon.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** Whether the text contains the word as a whole word (so "u" does not match inside "uur"). */
    public static boolean heeftWoord(String tekst, String woord) {
        return Pattern.compile("(?iu)(^|[^\\p{L}])" + Pattern.quote(woord) + "($|[^\\p{L}])").matcher(tekst).find();
    }
}
