package nl.jeugdportaal.begrippen;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.web.Taal;
import org.junit.jupiter.api.Test;

/** The glossary and the rules by which the page linker finds and links its terms. */
class BegrippenLinkerTest {
    private static final String TITEL = "Uitleg in de begrippenlijst";

    /** The page linker on a page whose main holds {@code inhoud}; returns the new main. */
    private static String link(String inhoud, Taal taal) {
        String pagina = "<main id=\"inhoud\">" + inhoud + "</main>";
        String uit = BegrippenLinker.standaard().link(pagina, taal, TITEL);
        return uit.substring("<main id=\"inhoud\">".length(), uit.length() - "</main>".length());
    }

    private static String nl(String inhoud) {
        return link(inhoud, Taal.NL);
    }

    private static String a(String id, String tekst) {
        return "<a class=\"begrip\" href=\"/begrippen#" + id + "\" title=\"" + TITEL + "\">" + tekst + "</a>";
    }

    private static String aNl(String id, String tekst) {
        return "<a class=\"begrip\" href=\"/begrippen#" + id + "\" title=\"" + TITEL + "\" lang=\"nl\">" + tekst + "</a>";
    }

    @Test
    void deLijstHeeftMinstensZestigBegrippenInBeideTalen() {
        Set<String> ankers = new HashSet<>();
        for (Begrip b : Begrippenlijst.standaard().alle()) {
            assertTrue(ankers.add(b.id()), "dubbel anker " + b.id());
            assertTrue(b.id().matches("[a-z0-9-]+"), b.id());
            assertFalse(b.uitleg().isBlank(), b.term());
            assertFalse(b.engels().term().isBlank(), "geen Engelse naam: " + b.id());
            assertFalse(b.engels().uitleg().isBlank(), "geen Engelse uitleg: " + b.id());
            assertFalse(b.engels().vormen().isEmpty(), "geen Engelse woorden: " + b.id());
            assertNotEquals(b.uitleg(), b.engels().uitleg(), b.id());
            for (String vorm : b.vormen()) {
                assertEquals(List.of(b.id()), gevonden(vorm, Taal.NL), "de vorm '" + vorm + "' vindt zichzelf");
            }
            for (String vorm : b.engels().vormen()) {
                assertEquals(List.of(b.id()), gevonden(vorm, Taal.EN), "the form '" + vorm + "' finds itself");
            }
        }
        assertTrue(ankers.size() >= 60, "maar " + ankers.size() + " begrippen");
        for (String nodig : Set.of("ots", "vots", "gezag", "voogd", "jbt", "rvdk", "gi", "akj", "kjmn",
                "machtiging-uithuisplaatsing", "toetsing", "plan-van-aanpak", "familiegroepsplan", "wilsonbekwaam")) {
            assertTrue(ankers.contains(nodig), "ontbreekt: " + nodig);
        }
    }

    private static List<String> gevonden(String tekst, Taal taal) {
        return Begrippenlijst.standaard().zoek(tekst, taal).stream().map(t -> t.begrip().id()).toList();
    }

    @Test
    void eenVormBijTweeBegrippenOfMetEenHtmlTekenKanNiet() {
        Begrip.Engels en = new Begrip.Engels("x", List.of("x"), "X.");
        assertThrows(IllegalStateException.class, () -> new Begrippenlijst(List.of(
                new Begrip("a", "a", List.of("zorg"), "A.", "A.", new Begrip.Engels("a", List.of("a"), "A.")),
                new Begrip("b", "b", List.of("zorg"), "B.", "B.", en))));
        assertThrows(IllegalStateException.class, () -> new Begrippenlijst(List.of(
                new Begrip("a", "a", List.of("kind's"), "A.", "A.", en))));
    }

    @Test
    void deLangsteVormWintEnElkeVormLinktNaarZijnBegrip() {
        assertEquals("De " + a("machtiging-uithuisplaatsing", "machtiging uithuisplaatsing") + " en de "
                + a("ots", "OTS") + ".", nl("De machtiging uithuisplaatsing en de OTS."));
        assertEquals(a("machtiging", "machtigingen") + " en " + a("jeugdhulp", "hulpverleners"),
                nl("machtigingen en hulpverleners"));
    }

    @Test
    void alleenHeleWoorden() {
        assertEquals("gezagsdrager, OTS-verzoek, Grotsen, dossiermap, hetgezag",
                nl("gezagsdrager, OTS-verzoek, Grotsen, dossiermap, hetgezag"));
        assertEquals(a("gezag", "gezag") + ", gezag.", nl("gezag, gezag."));
    }

    @Test
    void afkortingenAlleenInHoofdlettersWoordenInElkeVorm() {
        assertEquals("gi en jr en ots", nl("gi en jr en ots"));
        assertEquals(a("ots", "Ondertoezichtstelling") + " " + a("gezag", "GEZAG") + " " + a("jbt", "JBT"),
                nl("Ondertoezichtstelling GEZAG JBT"));
    }

    @Test
    void geenLinkInEenLinkEenKnopEenLabelOfCode() {
        String zonder = "<a href=\"/x\">OTS</a><button>gezag</button><label for=\"v\">voogd</label>"
                + "<details><summary>OTS</summary></details><select><option>OTS</option></select>"
                + "<textarea>OTS</textarea><code>OTS</code><script>let t = '<p>OTS</p>';</script><style>/* OTS */</style>"
                + "<svg><title>OTS</title><text>OTS</text></svg><div data-geen-begrippen><p>OTS <b>gezag</b></p></div>"
                + "<!-- OTS --><img alt=\"OTS\" src=\"/x.png\"><p title=\"OTS\" aria-label=\"gezag\"></p>";
        assertEquals(zonder, nl(zonder));
        assertEquals("<details><summary>Waarom?</summary><p>" + a("gezag", "gezag") + "</p></details>",
                nl("<details><summary>Waarom?</summary><p>gezag</p></details>"), "de uitleg onder een summary wel");
        assertEquals("<a href=\"/x\">De <b>OTS</b></a> " + a("ots", "OTS"), nl("<a href=\"/x\">De <b>OTS</b></a> OTS"),
                "na de link weer wel");
    }

    /** Issue 15: one link per term per page, at its first place where a link can go; never in a heading. */
    @Test
    void elkBegripEenKeerPerPaginaEnNietInEenKop() {
        assertEquals("<h1>De OTS</h1><p>Een " + a("ots", "OTS") + " duurt een jaar. Na de OTS ...</p><h2>gezag</h2><p>"
                + a("gezag", "Gezag") + " en OTS.</p>",
                nl("<h1>De OTS</h1><p>Een OTS duurt een jaar. Na de OTS ...</p><h2>gezag</h2><p>Gezag en OTS.</p>"));
        assertEquals("<a href=\"/x\">OTS</a> " + a("ots", "OTS") + " OTS", nl("<a href=\"/x\">OTS</a> OTS OTS"),
                "een ander soort link telt niet mee");
        String een = nl("<p>De OTS.</p><p>De OTS en het gezag.</p>");
        assertEquals(een, nl(een), "een gelinkte pagina nog eens linken verandert niets");
    }

    @Test
    void tweeKeerLinkenVerandertNiets() {
        String een = nl("<p>De OTS en het gezag.</p>");
        assertEquals(een, nl(een));
    }

    @Test
    void alleenInMainEnDeRestVanDePaginaBlijftZoalsHijWas() {
        String pagina = "<!DOCTYPE html><html><head><title>OTS</title></head><body><nav>OTS</nav>"
                + "<main id=\"inhoud\">\n  <p class=\"x\" data-a='b'>De  OTS,<br/>gezag &amp; voogdij.</p>\n</main><footer>GI</footer></body></html>";
        String uit = BegrippenLinker.standaard().link(pagina, Taal.NL, TITEL);
        assertEquals(pagina, uit.replaceAll("<a class=\"begrip\"[^>]*>([^<]*)</a>", "$1"), "alleen links erbij");
        assertTrue(uit.startsWith("<!DOCTYPE html><html><head><title>OTS</title></head><body><nav>OTS</nav>"), uit);
        assertTrue(uit.endsWith("</main><footer>GI</footer></body></html>"), uit);
        assertEquals(3, uit.split("class=\"begrip\"").length - 1, uit);
        assertEquals("<p>Geen hoofdinhoud: OTS</p>", BegrippenLinker.standaard().link("<p>Geen hoofdinhoud: OTS</p>", Taal.NL, TITEL));
    }

    @Test
    void watIemandTyptteBlijftGeescapeteTekst() {
        // Qute escaped the text a parent typed; the linker must not decode it while linking inside it.
        String getypt = "&lt;script&gt;alert(&#39;OTS&#39;)&lt;/script&gt; &amp; &quot;gezag&quot; &lt;b&gt;voogd&lt;/b&gt;";
        assertEquals("&lt;script&gt;alert(&#39;" + a("ots", "OTS") + "&#39;)&lt;/script&gt; &amp; &quot;"
                + a("gezag", "gezag") + "&quot; &lt;b&gt;" + a("voogd", "voogd") + "&lt;/b&gt;", nl(getypt));
    }

    @Test
    void nietNaarHetBegripDatDeTekstZelfUitlegt() {
        assertEquals("<dt id=\"ots\" data-eigen-begrip=\"ots\">OTS</dt><dd data-eigen-begrip=\"ots\">Een OTS en het "
                        + a("gezag", "gezag") + ".</dd><p>" + a("ots", "OTS") + "</p>",
                nl("<dt id=\"ots\" data-eigen-begrip=\"ots\">OTS</dt><dd data-eigen-begrip=\"ots\">Een OTS en het gezag.</dd><p>OTS</p>"));
    }

    @Test
    void eenNietGeslotenElementOfLosTekenBreektDeRestNiet() {
        assertEquals("<ul><li>" + a("ots", "OTS") + "<li>" + a("gezag", "gezag") + "</ul><p>3 &lt; 4 " + a("voogd", "voogd")
                + "</p><p>a < b " + a("jbt", "JBT") + "</p>", nl("<ul><li>OTS<li>gezag</ul><p>3 &lt; 4 voogd</p><p>a < b JBT</p>"));
        assertEquals("<label>OTS</label></b> " + a("ots", "OTS"), nl("<label>OTS</label></b> OTS"), "een losse eindtag");
    }

    @Test
    void engelsePaginasLinkenDeEngelseEnDeNederlandseWoorden() {
        assertEquals("<p>Your " + a("jeugdbeschermer", "child protection worker") + " and the " + a("kinderrechter", "juvenile judge")
                + ". " + aNl("ots", "OTS") + " and " + aNl("voogd", "voogd") + ".</p>",
                link("<p>Your child protection worker and the juvenile judge. OTS and voogd.</p>", Taal.EN));
        assertEquals("<p>Supervision order</p>", nl("<p>Supervision order</p>"), "op een Nederlandse pagina geen Engels");
        assertEquals(a("dossier", "dossier"), link("dossier", Taal.EN), "een woord dat ook Engels is, is geen Nederlands");
    }

    @Test
    void deNaamMetZijnAfkortingErachterIsEenLink() {
        assertEquals("The <a class=\"begrip\" href=\"/begrippen#ots\" title=\"" + TITEL + "\">supervision order (<span lang=\"nl\">OTS</span>)</a> ends.",
                link("The supervision order (OTS) ends.", Taal.EN));
        assertEquals("De " + a("rvdk", "Raad voor de Kinderbescherming (RvdK)") + ".", nl("De Raad voor de Kinderbescherming (RvdK)."));
        assertEquals(a("ots", "OTS") + " (" + a("gezag", "gezag") + ")", nl("OTS (gezag)"), "twee begrippen: twee links");
    }
}
