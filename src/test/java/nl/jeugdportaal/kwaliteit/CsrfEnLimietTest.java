package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Indienlimiet;
import org.junit.jupiter.api.Test;

/**
 * Every POST form of the portal, found by rendering the pages of every role, refuses a submit
 * without its CSRF token with a calm Dutch page (status 400, never a 500 or an empty page), and
 * saves nothing. And the submit limit per person answers 429 with a Dutch page.
 */
@QuarkusTest
class CsrfEnLimietTest {
    private static final List<String> ROLLEN = List.of("sanne", "mark", "daan", "karim", "willem", "femke", "joost",
            "karin", "peter", "linda", "elif");

    @Inject
    Indienlimiet limiet;

    @Test
    void elkFormulierWeigertZonderToken() {
        dienVerzoekIn();
        Set<String> getest = new TreeSet<>();
        for (String gebruiker : ROLLEN) {
            Inlogsessie sessie = Inlogsessie.als(Portaal.URL, gebruiker);
            for (Rondgang.Formulier formulier : Rondgang.formulieren(Rondgang.paginas(sessie))) {
                Map<String, Long> voor = Rijen.tel();
                HttpResponse<String> antwoord = sessie.postOnbewerkt(formulier.actie(), formulier.velden());
                String waar = gebruiker + " " + formulier.actie() + " (van " + formulier.pagina() + ")";
                assertEquals(400, antwoord.statusCode(), waar);
                assertTrue(antwoord.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), waar);
                String kop = List.of("daan", "elif").contains(gebruiker) ? "Je formulier is niet verstuurd" : "Uw formulier is niet verstuurd";
                assertTrue(antwoord.body().contains(kop), waar + ":\n" + antwoord.body());
                assertTrue(antwoord.body().contains("Er is niets opgeslagen"), waar);
                assertEquals(voor, Rijen.tel(), waar + ": er is toch iets opgeslagen");
                getest.add(ToegankelijkheidBrowserTest.vorm("http://x" + formulier.actie()));
            }
        }
        // The forms we know of must all have been found, or the discovery above is broken.
        for (String verwacht : List.of("/toestemming", "/machtiging", "/verzoeken/nieuw/", "/verklaringen",
                "/plan/{n}/mening", "/verzoeken/{n}/besluit", "/verzoeken/{n}/verlenging", "/jbt/{n}/inbreng",
                "/familiegroepsplan/{n}/keuze", "/toestemming/{n}/intrekken", "/machtiging/{n}/intrekken")) {
            assertTrue(getest.contains(verwacht) || getest.stream().anyMatch(v -> v.startsWith(verwacht)),
                    verwacht + " niet gevonden in " + getest);
        }
    }

    /** The demo has no requests; one open request shows the jeugdbeschermer's forms (besluit, verlenging). */
    private static void dienVerzoekIn() {
        Inlogsessie linda = Inlogsessie.als(Portaal.URL, "linda");
        Rondgang.Formulier kopie = Rondgang.formulieren(Rondgang.paginas(linda)).stream()
                .filter(f -> f.actie().startsWith("/verzoeken/nieuw/kopie")).findFirst().orElseThrow();
        Map<String, String> velden = new java.util.LinkedHashMap<>(kopie.velden());
        velden.put("alles", "ja");
        velden.put("gelezen", "ja");
        linda.open(kopie.pagina().replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> antwoord = linda.post(kopie.actie(), velden);
        assertTrue(antwoord.uri().getPath().matches("/verzoeken/\\d+"), antwoord.uri() + "\n" + antwoord.body());
    }

    @Test
    void wieTeVaakVerstuurtKrijgtEenRustigeMelding() {
        Inlogsessie ingrid = Inlogsessie.als(Portaal.URL, "ingrid");
        ingrid.open("/toestemming");
        // Use up the hour in the limiter itself: sending hundreds of real forms would only slow the test.
        QuarkusTransaction.requiringNew().run(() -> {
            Persoon persoon = Persoon.<Persoon>find("voornaam", "Ingrid").singleResult();
            for (int i = 0; i < limiet.maxPerUur(); i++) {
                limiet.telMee(persoon);
            }
        });
        Map<String, Long> voor = Rijen.tel();
        HttpResponse<String> antwoord = ingrid.post("/toestemming", Map.of("over", "", "aan", "", "tot", ""));
        assertEquals(429, antwoord.statusCode());
        assertTrue(antwoord.body().contains("U heeft veel formulieren verstuurd"), antwoord.body());
        assertTrue(antwoord.body().contains(limiet.maxPerUur() + " formulieren per uur"));
        assertEquals("3600", antwoord.headers().firstValue("Retry-After").orElse(""));
        assertEquals(voor, Rijen.tel());

        // Reading stays possible, and someone else is not affected.
        assertEquals(200, ingrid.open("/toestemming").statusCode());
        Inlogsessie linda = Inlogsessie.als(Portaal.URL, "linda");
        linda.open("/toestemming");
        assertFalse(linda.post("/toestemming", Map.of("over", "", "aan", "", "tot", "")).statusCode() == 429);
    }
}
