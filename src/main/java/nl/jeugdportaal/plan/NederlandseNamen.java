package nl.jeugdportaal.plan;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.begrippen.BegrippenLinker;
import nl.jeugdportaal.web.Taal;

/**
 * {@code {tekst.metNamen}}: {@code metBegrippen}, and on an English page the Dutch names the
 * sentence keeps (an organisation, the plan van aanpak) are marked {@code lang="nl"}, so a screen
 * reader says them in Dutch. A Dutch page gets exactly what {@code metBegrippen} gives.
 */
@TemplateExtension
public final class NederlandseNamen {
    static final Pattern NAAM = Pattern.compile("Raad voor de Kinderbescherming|Veilig Thuis|plan van aanpak");

    private NederlandseNamen() {
    }

    public static RawString metNamen(String tekst, @TemplateAttribute("locale") Object locale) {
        if (tekst == null || Taal.van(locale) == Taal.NL) {
            return BegrippenLinker.metBegrippen(tekst);
        }
        StringBuilder html = new StringBuilder();
        int vanaf = 0;
        Matcher naam = NAAM.matcher(tekst);
        while (naam.find()) {
            html.append(BegrippenLinker.metBegrippen(tekst.substring(vanaf, naam.start())).getValue())
                    .append("<span lang=\"nl\">").append(BegrippenLinker.metBegrippen(naam.group()).getValue())
                    .append("</span>");
            vanaf = naam.end();
        }
        return new RawString(html.append(BegrippenLinker.metBegrippen(tekst.substring(vanaf)).getValue()).toString());
    }
}
