package nl.jeugdportaal.begrippen;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * Renders the plan pages as parents, a jeugdige and staff see them and fails on any glossary term
 * in the main text that does not link to its entry. Not counted: text inside a link already, and
 * inside a label, button, option, summary or text field, where a link would act on the control.
 */
@QuarkusTest
class BegrippenLinkTest {
    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>|[^<]+");
    private static final Pattern BEGRIP_LINK = Pattern.compile("href=\"/begrippen#([^\"]+)\"");
    private static final Set<String> GEEN_LINK_MOGELIJK = Set.of("a", "label", "button", "option", "summary",
            "textarea", "title", "svg", "script", "style");

    private static long id(String voornaam) {
        return Persoon.<Persoon>find("voornaam", voornaam).singleResult().id;
    }

    /** The unlinked terms in the main part of a page, as "term (…context…)". */
    static List<String> losseBegrippen(String html) {
        int begin = html.indexOf("<main");
        int eind = html.indexOf("</main>");
        String main = begin < 0 ? html : html.substring(begin, eind);
        List<String> los = new ArrayList<>();
        int diepte = 0;
        Matcher m = TOKEN.matcher(main);
        while (m.find()) {
            String tag = m.group(2);
            if (tag != null) {
                if (GEEN_LINK_MOGELIJK.contains(tag.toLowerCase()) && m.group(3).isEmpty()) {
                    diepte += m.group(1).isEmpty() ? 1 : -1;
                }
                continue;
            }
            if (diepte > 0) {
                continue;
            }
            String tekst = m.group().replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
            for (Begrippenlijst.Treffer t : Begrippenlijst.standaard().zoek(tekst)) {
                los.add(tekst.substring(t.begin(), t.eind()) + " (…" + tekst.substring(Math.max(0, t.begin() - 30),
                        Math.min(tekst.length(), t.eind() + 30)).strip() + "…)");
            }
        }
        return los;
    }

    /** Checks every page before failing, so one run lists every unlinked term of this login. */
    private static void controleer(String login, String... paden) {
        Set<String> ankers = Begrippenlijst.standaard().alle().stream().map(Begrip::id).collect(Collectors.toSet());
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, login);
        List<String> fouten = new ArrayList<>();
        for (String pad : paden) {
            HttpResponse<String> antwoord = sessie.open(pad);
            assertEquals(200, antwoord.statusCode(), pad);
            losseBegrippen(antwoord.body()).forEach(los -> fouten.add(pad + ": " + los));
            Matcher link = BEGRIP_LINK.matcher(antwoord.body());
            while (link.find()) {
                if (!ankers.contains(link.group(1))) {
                    fouten.add(pad + " linkt naar een onbekend begrip: " + link.group(1));
                }
            }
        }
        assertTrue(fouten.isEmpty(), () -> login + ": begrippen zonder link naar de begrippenlijst:\n"
                + String.join("\n", fouten));
    }

    @Test
    void ouderMetGezag() {
        long noor = id("Noor");
        controleer("sanne", "/plan/" + noor, "/jbt/" + noor, "/familiegroepsplan/" + noor, "/wie-is-wie/" + noor,
                "/jbt", "/familiegroepsplan");
    }

    @Test
    void jeugdigen() {
        long daan = id("Daan");
        controleer("daan", "/plan/" + daan, "/jbt/" + daan, "/familiegroepsplan/" + daan, "/wie-is-wie/" + daan);
        long elif = id("Elif");
        controleer("elif", "/plan/" + elif, "/familiegroepsplan/" + elif, "/wie-is-wie/" + elif);
    }

    @Test
    void anderePlannenEnMedewerkers() {
        controleer("karim", "/plan/" + id("Yasmina"), "/familiegroepsplan/" + id("Yasmina"), "/wie-is-wie/" + id("Yasmina"));
        controleer("petra", "/plan/" + id("Sem"), "/wie-is-wie/" + id("Sem"));
        controleer("willem", "/plan/" + id("Lars"), "/wie-is-wie/" + id("Lars"));
        controleer("joost", "/plan/" + id("Noor"), "/plan/" + id("Elif"), "/familiegroepsplan/" + id("Daan"));
    }

    @Test
    void deControleKanFalen() {
        assertEquals(1, losseBegrippen("<main><p>De OTS duurt een jaar.</p></main>").size());
        assertEquals(0, losseBegrippen("<main><p>De <a href=\"/begrippen#ots\">OTS</a> duurt.</p></main>").size());
        assertEquals(0, losseBegrippen("<main><label for=\"x\">Ons familiegroepsplan</label></main>").size());
    }
}
