package nl.jeugdportaal.plan;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.web.Html;
import nl.jeugdportaal.web.Taal;

/**
 * {@code {tekst.metNamen}}: on an English page the Dutch names a sentence keeps (an organisation,
 * the plan van aanpak) are marked {@code lang="nl"}, so a screen reader says them in Dutch. Glossary
 * links are added to the whole page afterwards, so they are not made here.
 */
@TemplateExtension
public final class NederlandseNamen {
    static final Pattern NAAM = Pattern.compile("Raad voor de Kinderbescherming|Veilig Thuis|plan van aanpak");

    private NederlandseNamen() {
    }

    public static RawString metNamen(String tekst, @TemplateAttribute("locale") Object locale) {
        if (tekst == null) {
            return new RawString("");
        }
        if (Taal.van(locale) == Taal.NL) {
            return new RawString(Html.escape(tekst));
        }
        StringBuilder html = new StringBuilder();
        int vanaf = 0;
        Matcher naam = NAAM.matcher(tekst);
        while (naam.find()) {
            html.append(Html.escape(tekst.substring(vanaf, naam.start())))
                    .append("<span lang=\"nl\">").append(Html.escape(naam.group())).append("</span>");
            vanaf = naam.end();
        }
        return new RawString(html.append(Html.escape(tekst.substring(vanaf))).toString());
    }
}
