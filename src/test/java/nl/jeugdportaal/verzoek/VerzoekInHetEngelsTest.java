package nl.jeugdportaal.verzoek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.kwaliteit.EngelsTest;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * The walk of {@link EngelsTest} finds no requests in the demo data, so it never sees a request's
 * own pages. This test makes one and follows it through every page a parent and the jeugdbeschermer
 * meet, with their error messages, all in English.
 */
@QuarkusTest
class VerzoekInHetEngelsTest {
    private static final Pattern VERZOEK_ID = Pattern.compile("/verzoeken/(\\d+)");

    @Test
    void eenCorrectieVanBeginTotEigenVerklaringIsHeelEngels() {
        long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        long stuk = Stuk.<Stuk>find("titel = ?1 and dossier.kind.voornaam = 'Noor'", "Tweede evaluatie en vooruitblik")
                .singleResult().id;
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne").inHetEngels();
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost").inHetEngels();

        HttpResponse<String> formulier = engels(sanne.open("/verzoeken/nieuw/correctie?kind=" + noor));
        HttpResponse<String> fout = engels(sanne.verstuur(formulier, "/verzoeken/nieuw/correctie", "kind",
                String.valueOf(noor), "stuk", String.valueOf(stuk), "zin", "", "watFout", "<b>wrong</b>",
                "watMoetHetZijn", "x".repeat(6000)));
        assertEquals(400, fout.statusCode());
        String meldingen = Html.tekst(fout.body());
        assertTrue(meldingen.contains("Please fill in this field.") && meldingen.contains("computer code")
                && meldingen.contains("Your text is too long"), meldingen);

        HttpResponse<String> ingediend = engels(sanne.verstuur(formulier, "/verzoeken/nieuw/correctie", "kind",
                String.valueOf(noor), "stuk", String.valueOf(stuk), "zin", "Mother does not cooperate.", "watFout",
                "That is not true.", "watMoetHetZijn", "Mother cooperates well."));
        Matcher id = VERZOEK_ID.matcher(ingediend.uri().getPath());
        assertTrue(id.find(), ingediend.uri().toString());
        String verzoek = "/verzoeken/" + id.group(1);

        engels(joost.open("/verzoeken"));
        HttpResponse<String> behandeling = engels(joost.open(verzoek));
        HttpResponse<String> zonderMotivatie = engels(joost.verstuur(behandeling, verzoek + "/besluit", "besluit",
                "AFGEWEZEN", "motivatie", ""));
        assertEquals(400, zonderMotivatie.statusCode());
        engels(joost.verstuur(behandeling, verzoek + "/besluit", "besluit", "AFGEWEZEN", "motivatie",
                "This is the opinion of the jeugdbeschermer. We do not change an opinion."));

        engels(sanne.open(verzoek));
        engels(sanne.open("/verzoeken"));
        engels(sanne.open("/berichten"));
        HttpResponse<String> verklaring = engels(sanne.open("/verklaringen/nieuw?kind=" + noor + "&stuk=" + stuk
                + "&verzoek=" + id.group(1)));
        engels(sanne.verstuur(verklaring, "/verklaringen", "kind", String.valueOf(noor), "stuk", String.valueOf(stuk),
                "verzoek", id.group(1), "tekst", ""));
    }

    /** The page, after checking it is an English page without a Dutch word outside {@code lang="nl"}. */
    private static HttpResponse<String> engels(HttpResponse<String> pagina) {
        assertTrue(pagina.statusCode() < 500, pagina.uri() + ": " + pagina.statusCode());
        assertTrue(pagina.body().contains("<html lang=\"en\">"), pagina.uri() + " is niet Engels");
        List<String> nederlands = EngelsTest.nederlandsOpDePagina(pagina.body());
        assertTrue(nederlands.isEmpty(), pagina.uri() + ": " + nederlands);
        return pagina;
    }
}
