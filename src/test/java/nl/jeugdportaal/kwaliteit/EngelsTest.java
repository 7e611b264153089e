package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page each role reaches is English once English is chosen. Dutch that belongs on an English
 * page (a stuk as the GI wrote it, the name of an organisation) is marked {@code lang="nl"}, so a
 * screen reader pronounces it as Dutch; any other Dutch word is a text that was not translated.
 */
@QuarkusTest
public class EngelsTest {
    /** Common Dutch words that are not English words: one of these in English text is untranslated Dutch. */
    static final Set<String> NEDERLANDSE_WOORDEN = Set.of("het", "een", "niet", "uw", "wordt", "worden", "voor", "met",
            "naar", "ook", "maar", "bij", "heeft", "hebt", "deze", "dit", "wat", "wie", "kunt", "mag", "moet", "geen",
            "nog", "van", "je", "jij", "wij", "ons", "hoe", "waar", "welke", "als", "dan", "tot", "uit", "door", "er",
            "zijn", "gaat", "kan", "ik", "mijn", "jouw", "heb", "wil", "hier", "terug", "nieuw", "gegevens", "wanneer");

    /** The untranslated Dutch words a reader of this page meets, with a little of their context. */
    public static List<String> nederlandsOpDePagina(String html) {
        Document pagina = Jsoup.parse(html);
        // A rule's code (GEEN_TOESTEMMING on the FG's search) is an identifier of the inzage contract, not a word.
        pagina.select("[lang=nl], script, style, code, .taalwissel").remove();
        String tekst = pagina.body().text();
        List<String> gevonden = new ArrayList<>();
        String[] woorden = tekst.split("[^\\p{L}]+");
        for (int i = 0; i < woorden.length; i++) {
            if (NEDERLANDSE_WOORDEN.contains(woorden[i].toLowerCase(Locale.ROOT))) {
                int van = Math.max(0, i - 4);
                int tot = Math.min(woorden.length, i + 5);
                gevonden.add(String.join(" ", java.util.Arrays.copyOfRange(woorden, van, tot)));
            }
        }
        return gevonden;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sanne", "mark", "daan", "elif", "karim", "willem", "femke", "joost", "karin", "peter"})
    void elkePaginaIsEngels(String gebruiker) {
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, gebruiker).inHetEngels();
        Set<String> fouten = new LinkedHashSet<>();
        Rondgang.paginas(sessie).forEach((route, antwoord) -> controleer(gebruiker + " " + route, antwoord, fouten));
        assertTrue(fouten.isEmpty(), fouten.size() + " pagina's met Nederlands:\n" + String.join("\n", fouten));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/uitgelogd", "/sessie-verlopen", "/inloggen-mislukt", "/toegankelijkheid", "/bestaat-niet"})
    void openbarePaginasZijnEngels(String pad) {
        Inlogsessie anoniem = Inlogsessie.anoniem(Portaal.URL).inHetEngels();
        Set<String> fouten = new LinkedHashSet<>();
        controleer(pad, anoniem.open(pad), fouten);
        assertTrue(fouten.isEmpty(), String.join("\n", fouten));
    }

    private static void controleer(String naam, HttpResponse<String> antwoord, Set<String> fouten) {
        if (!antwoord.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return;
        }
        if (!antwoord.body().contains("<html lang=\"en\">")) {
            fouten.add(naam + ": niet in het Engels (lang)");
            return;
        }
        List<String> nederlands = nederlandsOpDePagina(antwoord.body());
        if (!nederlands.isEmpty()) {
            fouten.add(naam + ": " + nederlands.size() + "× " + nederlands.subList(0, Math.min(8, nederlands.size())));
        }
    }
}
