package nl.jeugdportaal.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page "Wie heeft mijn gegevens bekeken?" as a reader sees it: whose log, the choices, the rows,
 * and the links to older and newer lines (null at either end).
 */
public record Inzagelogpagina(String html, String tekst, List<Keuze> keuzes, List<Rij> rijen, String ouder,
        String nieuwer) {

    /** An entry of "Gegevens van": whose log the reader may choose. */
    public record Keuze(Long persoonId, String naam, boolean gekozen) {
    }

    /** One row of the table, as text per column; {@code stukken} are the entries of the stuk column. */
    public record Rij(String wanneer, String wie, String wat, String stuk, String uitkomst, List<String> stukken) {
    }

    private static final Pattern OUDER = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\">");
    private static final Pattern NIEUWER = Pattern.compile("<a href=\"([^\"]*)\" rel=\"prev\">");

    public static Inzagelogpagina lees(String html) {
        Document pagina = Jsoup.parse(html);
        List<Keuze> keuzes = new ArrayList<>();
        // Only the choice of whose log: the period fields have numbered options (the hours) too.
        for (Element k : pagina.select("select#over option")) {
            keuzes.add(new Keuze(Long.valueOf(k.attr("value")), k.text(), k.hasAttr("selected")));
        }
        List<Rij> rijen = new ArrayList<>();
        for (Element rij : pagina.select("table.log tbody tr")) {
            List<Element> cellen = rij.select("td");
            rijen.add(new Rij(cellen.get(0).text(), cellen.get(1).text(), cellen.get(2).text(), cellen.get(3).text(),
                    cellen.get(4).text(), cellen.get(3).select("li").eachText()));
        }
        return new Inzagelogpagina(html, Html.tekst(html), keuzes, rijen, link(OUDER, html), link(NIEUWER, html));
    }

    private static String link(Pattern patroon, String html) {
        String link = Html.eerste(patroon, html);
        return link == null ? null : link.replace("&amp;", "&");
    }
}
