package nl.jeugdportaal.begrippen;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The linker escapes first and links known terms only, longest match first. */
class BegrippenLinkerTest {

    @Test
    void deLijstHeeftMinstensZestigBegrippenMetEenUniekAnker() {
        Set<String> ankers = new HashSet<>();
        for (Begrip b : Begrippenlijst.standaard().alle()) {
            assertTrue(ankers.add(b.id()), "dubbel anker " + b.id());
            assertTrue(b.id().matches("[a-z0-9-]+"), b.id());
            assertFalse(b.uitleg().isBlank(), b.term());
        }
        assertTrue(ankers.size() >= 60, "maar " + ankers.size() + " begrippen");
        for (String nodig : Set.of("ots", "vots", "gezag", "voogd", "jbt", "rvdk", "gi", "akj", "kjmn",
                "machtiging-uithuisplaatsing", "toetsing", "plan-van-aanpak", "familiegroepsplan", "wilsonbekwaam")) {
            assertTrue(ankers.contains(nodig), "ontbreekt: " + nodig);
        }
    }

    @Test
    void linktBekendeBegrippenEnDeLangsteVormWint() {
        String html = BegrippenLinker.metBegrippen("De machtiging uithuisplaatsing en de OTS.").toString();
        assertEquals("De <a class=\"begrip\" href=\"/begrippen#machtiging-uithuisplaatsing\">machtiging uithuisplaatsing</a>"
                + " en de <a class=\"begrip\" href=\"/begrippen#ots\">OTS</a>.", html);
    }

    @Test
    void afkortingenAlleenInHoofdlettersEnNietMiddenInEenWoord() {
        assertEquals("gi en jr en Grotsen", BegrippenLinker.metBegrippen("gi en jr en Grotsen").toString());
        assertTrue(BegrippenLinker.metBegrippen("Ondertoezichtstelling").toString().contains("#ots"),
                "gewone woorden tellen ook met een hoofdletter");
    }

    @Test
    void tekstVanBuitenWordtEerstGeescaped() {
        String html = BegrippenLinker.metBegrippen("<script>alert('OTS')</script> & \"gezag\"").toString();
        assertFalse(html.contains("<script>"));
        assertTrue(html.startsWith("&lt;script&gt;alert(&#39;<a class=\"begrip\" href=\"/begrippen#ots\">OTS</a>&#39;)"), html);
        assertTrue(html.contains("&amp; &quot;<a class=\"begrip\" href=\"/begrippen#gezag\">gezag</a>&quot;"), html);
        assertEquals("", BegrippenLinker.metBegrippen(null).toString());
    }
}
