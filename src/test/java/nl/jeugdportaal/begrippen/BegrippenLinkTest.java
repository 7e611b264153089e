package nl.jeugdportaal.begrippen;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.kwaliteit.Rondgang;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Taal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page each role reaches, in Dutch and in English, read as a browser reads it (jsoup, not the
 * linker's own scanner): every glossary term in the main text is linked to its own entry at its first
 * place where a link can go, and only there (issue 15: once per page), and no heading holds a link.
 * Not counted: text inside another link or a control (a link there would act on the control),
 * code, and the entry that explains the term itself.
 */
@QuarkusTest
class BegrippenLinkTest {
    private static final Set<String> GEEN_LINK_MOGELIJK = Set.of("a", "button", "label", "summary", "option", "select",
            "textarea", "input", "title", "script", "style", "svg", "code");
    private static final Set<String> ANKERS = Begrippenlijst.standaard().alle().stream().map(Begrip::id)
            .collect(Collectors.toSet());

    /** What is wrong with the glossary links of this page, as "term (…context…)". */
    static List<String> fouten(String html, Taal taal) {
        Document pagina = Jsoup.parse(html);
        List<String> fouten = new ArrayList<>();
        for (Element link : pagina.select("a[href^=/begrippen#]")) {
            String anker = link.attr("href").substring("/begrippen#".length());
            if (!ANKERS.contains(anker)) {
                fouten.add("link naar een onbekend begrip: " + anker);
            }
        }
        Element main = pagina.selectFirst("main");
        if (main != null) {
            main.select("h1 a, h2 a, h3 a, h4 a, h5 a, h6 a").forEach(a -> fouten.add("link in een kop: " + a.parent().text()));
            Map<String, Element> gelinkt = new java.util.HashMap<>();
            NodeTraversor.traverse((node, diepte) -> {
                if (node instanceof TextNode tekst) {
                    controleer(tekst, taal, gelinkt, fouten);
                }
            }, main);
        }
        return fouten;
    }

    private static void controleer(TextNode tekst, Taal taal, Map<String, Element> gelinkt, List<String> fouten) {
        Element blok = null;
        String eigen = null;
        Element scope = null;
        for (Element e = tekst.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (blok == null && (GEEN_LINK_MOGELIJK.contains(e.normalName()) || e.normalName().matches("h[1-6]")
                    || e.hasAttr("data-geen-begrippen"))) {
                blok = e;
            }
            if (eigen == null && e.hasAttr("data-eigen-begrip")) {
                eigen = e.attr("data-eigen-begrip");
                scope = e;
            }
        }
        String t = tekst.getWholeText();
        for (Begrippenlijst.Treffer treffer : Begrippenlijst.standaard().zoek(t, taal)) {
            String id = treffer.begrip().id();
            // Once per page; in the glossary once per entry, where a reader lands on one entry.
            String sleutel = (scope == null ? "" : System.identityHashCode(scope) + "/") + id;
            String waar = t.substring(treffer.begin(), treffer.eind()) + " (…" + t.substring(Math.max(0, treffer.begin() - 30),
                    Math.min(t.length(), treffer.eind() + 30)).strip() + "…)";
            if (id.equals(eigen)) {
                continue;
            }
            if (blok == null) {
                if (!gelinkt.containsKey(sleutel)) {
                    fouten.add(waar);
                }
            } else if (blok.normalName().equals("a") && blok.attr("href").startsWith("/begrippen#")) {
                if (!blok.attr("href").equals("/begrippen#" + id)) {
                    fouten.add(waar + " linkt naar " + blok.attr("href"));
                } else if (gelinkt.putIfAbsent(sleutel, blok) != null && gelinkt.get(sleutel) != blok) {
                    fouten.add(waar + " is al eerder op de pagina gelinkt");
                }
            }
        }
    }

    private static void controleer(String naam, HttpResponse<String> antwoord, Taal taal, List<String> fouten) {
        if (antwoord.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            fouten(antwoord.body(), taal).forEach(f -> fouten.add(naam + ": " + f));
        }
    }

    /** Walks every page of this login in both languages before failing, so one run lists everything. */
    @ParameterizedTest
    @ValueSource(strings = {"sanne", "mark", "daan", "elif", "karim", "willem", "femke", "joost", "karin", "peter"})
    void elkeBegripOpElkePaginaVanElkeRolIsEenLink(String gebruiker) {
        List<String> fouten = new ArrayList<>();
        Map<String, HttpResponse<String>> nl = Rondgang.paginas(Inlogsessie.als(Portaal.URL, gebruiker));
        nl.forEach((route, antwoord) -> controleer("nl " + route, antwoord, Taal.NL, fouten));
        Rondgang.paginas(Inlogsessie.als(Portaal.URL, gebruiker).inHetEngels())
                .forEach((route, antwoord) -> controleer("en " + route, antwoord, Taal.EN, fouten));
        assertTrue(nl.size() >= 5, gebruiker + " bereikt maar " + nl.keySet());
        assertTrue(fouten.isEmpty(), gebruiker + ": " + fouten.size() + " begrippen zonder link naar hun uitleg:\n"
                + String.join("\n", fouten));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/uitgelogd", "/sessie-verlopen", "/inloggen-mislukt", "/toegankelijkheid",
            "/bestaat-niet", "/begrippen"})
    void openbarePaginas(String pad) {
        List<String> fouten = new ArrayList<>();
        controleer(pad, Inlogsessie.anoniem(Portaal.URL).open(pad), Taal.NL, fouten);
        controleer(pad, Inlogsessie.anoniem(Portaal.URL).inHetEngels().open(pad), Taal.EN, fouten);
        assertTrue(fouten.isEmpty(), String.join("\n", fouten));
    }

    /** A page with a form error is a template inside a Response (status 400): linked too. */
    @Test
    void ookEenPaginaMetEenFoutInHetFormulier() {
        Inlogsessie elif = Inlogsessie.als(Portaal.URL, "elif");
        elif.open("/toestemming");
        long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        long murat = Persoon.<Persoon>find("voornaam", "Murat").singleResult().id;
        HttpResponse<String> fout = elif.post("/toestemming", Map.of("over", Long.toString(noor), "aan", Long.toString(murat)));
        assertEquals(400, fout.statusCode());
        assertTrue(fout.body().contains("<a class=\"begrip\" href=\"/begrippen#toestemming\""), fout.body());
        assertTrue(fout.body().contains("kun je geen toestemming geven"), "the refusal itself is on the page");
        assertEquals(List.of(), fouten(fout.body(), Taal.NL));
    }

    @Test
    void deBegrippenlijstInHetNederlands() {
        Document pagina = Jsoup.parse(Inlogsessie.anoniem(Portaal.URL).open("/begrippen").body());
        assertEquals("Begrippenlijst", pagina.selectFirst("h1").text());
        assertEquals("Hier staan moeilijke woorden. Met een korte uitleg. Ziet u een woord met een lijn eronder? Klik erop."
                + " Dan komt u hier.", pagina.selectFirst("h1 + p").text());
        Element ots = pagina.getElementById("ots");
        assertEquals("OTS", ots.text());
        Element uitleg = ots.nextElementSibling();
        assertTrue(uitleg.text().startsWith("Ondertoezichtstelling. De kinderrechter besluit"), uitleg.text());
        assertTrue(uitleg.select("a[href=/begrippen#ots]").isEmpty(), "het begrip linkt niet naar zichzelf");
        assertFalse(uitleg.select("a[href=/begrippen#jeugdbeschermer]").isEmpty(), "wel naar een ander begrip");
        assertEquals(Begrippenlijst.standaard().alle().stream().map(Begrip::id).toList(), pagina.select("dt").eachAttr("id"),
                "in the order of the Dutch terms, as before");
    }

    @Test
    void deBegrippenlijstInHetEngels() {
        Document pagina = Jsoup.parse(Inlogsessie.anoniem(Portaal.URL).inHetEngels().open("/begrippen").body());
        assertEquals("Glossary", pagina.selectFirst("h1").text());
        Element ots = pagina.getElementById("ots");
        assertEquals("supervision order (OTS)", ots.text());
        assertEquals("OTS", ots.selectFirst("[lang=nl]").text(), "the Dutch term is marked as Dutch");
        Element uitleg = ots.nextElementSibling();
        assertTrue(uitleg.text().startsWith("The juvenile judge decides that a child protection worker helps"), uitleg.text());
        assertFalse(uitleg.select("a[href=/begrippen#kinderrechter]").isEmpty(), uitleg.html());
        assertEquals(Begrippenlijst.standaard().alle().stream()
                .sorted(Comparator.comparing(b -> b.engels().term().toLowerCase(Locale.ROOT)))
                .map(Begrip::id).toList(), pagina.select("dt").eachAttr("id"), "in the order of the English names");
    }

    @Test
    void deControleKanFalen() {
        assertEquals(1, fouten("<main><p>De OTS duurt een jaar.</p></main>", Taal.NL).size());
        assertEquals(1, fouten("<main><p>The supervision order ends.</p></main>", Taal.EN).size());
        assertEquals(0, fouten("<main><p>The supervision order ends.</p></main>", Taal.NL).size());
        assertEquals(0, fouten("<main><p>De <a href=\"/begrippen#ots\">OTS</a> duurt.</p></main>", Taal.NL).size());
        assertEquals(1, fouten("<main><p>De <a href=\"/begrippen#gezag\">OTS</a> duurt.</p></main>", Taal.NL).size());
        assertEquals(1, fouten("<main><p><a href=\"/begrippen#bestaat-niet\">x</a></p></main>", Taal.NL).size());
        assertEquals(0, fouten("<main><label for=\"x\">Ons familiegroepsplan</label><a href=\"/plan\">Het plan van aanpak</a>"
                + "<dd data-eigen-begrip=\"ots\">De OTS</dd></main>", Taal.NL).size());
    }
}
