package nl.jeugdportaal.begrippen;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code {tekst.metBegrippen}}: text built in Java (a measure's end, a plan point, a role) with
 * every known term linked to its glossary entry. The text itself is HTML-escaped first, so what a
 * parent typed or the GI registered can never inject markup.
 */
@TemplateExtension
public final class BegrippenLinker {
    private BegrippenLinker() {
    }

    public static RawString metBegrippen(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return new RawString("");
        }
        StringBuilder html = new StringBuilder();
        int vanaf = 0;
        for (Begrippenlijst.Treffer t : Begrippenlijst.standaard().zoek(tekst)) {
            html.append(escape(tekst.substring(vanaf, t.begin())))
                    .append("<a class=\"begrip\" href=\"/begrippen#").append(t.begrip().id()).append("\">")
                    .append(escape(tekst.substring(t.begin(), t.eind()))).append("</a>");
            vanaf = t.eind();
        }
        return new RawString(html.append(escape(tekst.substring(vanaf))).toString());
    }

    static String escape(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        for (char c : tekst.toCharArray()) {
            switch (c) {
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '&' -> uit.append("&amp;");
                case '"' -> uit.append("&quot;");
                case '\'' -> uit.append("&#39;");
                default -> uit.append(c);
            }
        }
        return uit.toString();
    }
}
