package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §8: a jeugdige reads "je", never "u". Walks every page Daan (14) reaches, from the start
 * page and every link on the way, and fails on a sentence in the "u" form. What the GI wrote (a
 * stuk, a letter to a parent) and what people typed are marked {@code lang="nl"} and are left out:
 * they are records, not the portal speaking to Daan.
 */
@QuarkusTest
class JeVormTest {
    /** "u", "uw", "uzelf" as words: the forms of address for an adult. */
    static final Pattern U_VORM = Pattern.compile("\\b([Uu]|[Uu]w|[Uu]zelf)\\b");
    private static final Pattern ZIN = Pattern.compile("[^.!?]*[.!?]?");

    /** The sentences of a page that address the reader as "u". */
    static List<String> uZinnen(String html) {
        Document pagina = Jsoup.parse(html);
        pagina.select("[lang=nl], script, style, .taalwissel, textarea").remove();
        List<String> gevonden = new ArrayList<>();
        Matcher zin = ZIN.matcher(pagina.body().text());
        while (zin.find()) {
            if (U_VORM.matcher(zin.group()).find()) {
                gevonden.add(zin.group().strip());
            }
        }
        return gevonden;
    }

    @Test
    void daanLeestOpElkePaginaJe() {
        Inlogsessie daan = Inlogsessie.als(Portaal.URL, "daan");
        Map<String, HttpResponse<String>> paginas = Rondgang.paginas(daan);
        assertTrue(paginas.size() > 10, "de rondgang vond te weinig pagina's: " + paginas.keySet());
        Set<String> fouten = new LinkedHashSet<>();
        paginas.forEach((route, antwoord) -> {
            if (antwoord.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                uZinnen(antwoord.body()).forEach(zin -> fouten.add(route + ": " + zin));
            }
        });
        assertTrue(fouten.isEmpty(), fouten.size() + " zinnen in de u-vorm voor een jeugdige:\n" + String.join("\n", fouten));
    }

    @Test
    void deToetsVindtDeUVorm() {
        assertEquals(List.of("Bent u het niet eens?"), uZinnen("<p>Ben je het niet eens? Bent u het niet eens?</p>"));
        assertEquals(List.of(), uZinnen("<p>Je mag dat zelf weten.</p><p lang=\"nl\">Beste Mark, u heeft gevraagd.</p>"));
        assertEquals(List.of("Uw kind is 12."), uZinnen("<p>Uw kind is 12.</p>"));
    }
}
