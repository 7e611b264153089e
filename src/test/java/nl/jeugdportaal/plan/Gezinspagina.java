package nl.jeugdportaal.plan;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.registratie.Persoon;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import nl.jeugdportaal.testsupport.Inlogsessie;

/** Small helpers for reading the family pages as text and posting their forms with the CSRF token. */
final class Gezinspagina {
    private static final Pattern VERBORGEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private Gezinspagina() {
    }

    static long id(String voornaam) {
        return Persoon.<Persoon>find("voornaam", voornaam).singleResult().id;
    }

    /** What a reader sees: tags out, entities decoded, white space collapsed. */
    static String tekst(String html) {
        return html.replaceAll("(?s)<(script|style|svg)\\b.*?</\\1>", " ")
                .replaceAll("</?(a|span|strong|em|b)\\b[^>]*>", "").replaceAll("<[^>]*>", " ")
                .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replaceAll("\\s+", " ");
    }

    /** The text of the table row of the term check that starts with {@code wat}. */
    static String termijn(String html, String wat) {
        for (Element tr : Jsoup.parse(html).select("tr")) {
            String rij = tekst(tr.html()).strip();
            if (rij.startsWith(wat)) {
                return rij;
            }
        }
        throw new AssertionError("Geen termijn '" + wat + "' op de pagina:\n" + tekst(html));
    }

    /** Posts a form of the page at {@code pagina} with its hidden CSRF field plus {@code velden}. */
    static HttpResponse<String> verstuur(Inlogsessie sessie, String pagina, String actie, Map<String, String> velden) {
        String html = sessie.open(pagina).body();
        Matcher m = VERBORGEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("Geen CSRF-veld op " + pagina + ":\n" + html);
        }
        Map<String, String> alles = new LinkedHashMap<>(velden);
        alles.put(m.group(1), m.group(2));
        return sessie.postOnbewerkt(actie, alles);
    }
}
