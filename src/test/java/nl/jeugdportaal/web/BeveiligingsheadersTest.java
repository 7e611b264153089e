package nl.jeugdportaal.web;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.jeugdportaal.kwaliteit.Rondgang;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page, public or behind the login (every role), and every JSON API, carries the security headers; session cookies are HttpOnly. */
@QuarkusTest
class BeveiligingsheadersTest {

    private static void heeftHeaders(HttpResponse<String> antwoord) {
        String pad = antwoord.uri().getPath();
        String csp = antwoord.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), pad + ": " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), pad);
        assertFalse(csp.contains("unsafe-inline"), pad);
        assertEquals("no-referrer", antwoord.headers().firstValue("Referrer-Policy").orElse(""), pad);
        assertTrue(antwoord.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="), pad);
        assertEquals("nosniff", antwoord.headers().firstValue("X-Content-Type-Options").orElse(""), pad);
        assertEquals("DENY", antwoord.headers().firstValue("X-Frame-Options").orElse(""), pad);
    }

    @Test
    void openbarePaginas() {
        Inlogsessie anoniem = Inlogsessie.anoniem(Portaal.URL);
        for (String pad : List.of("/", "/uitgelogd", "/sessie-verlopen", "/inloggen-mislukt", "/toegankelijkheid",
                "/uitgelogd-bij-storing", "/bestaat-niet", "/css/portaal.css")) {
            heeftHeaders(anoniem.get(Portaal.URL + pad));
        }
    }

    @Test
    void paginasAchterDeInlog() {
        Long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        for (String pad : List.of("/start", "/dossier/" + noor, "/inzagelog", "/api/dossiers/" + noor + "/stukken")) {
            HttpResponse<String> antwoord = sanne.open(pad);
            assertEquals(200, antwoord.statusCode(), pad);
            heeftHeaders(antwoord);
        }
    }

    /** Every page each role reaches (found by following links), and every JSON API. */
    @ParameterizedTest
    @ValueSource(strings = {"sanne", "mark", "daan", "karim", "willem", "femke", "joost", "karin", "peter"})
    void elkePaginaVanElkeRol(String gebruiker) {
        Rondgang.paginas(Inlogsessie.als(Portaal.URL, gebruiker)).forEach((route, antwoord) -> {
            assertTrue(antwoord.statusCode() < 500, gebruiker + " " + route + ": " + antwoord.statusCode());
            heeftHeaders(antwoord);
        });
    }

    @Test
    void jsonApis() {
        Long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        for (String pad : List.of("/api/dossiers/" + noor + "/stukken", "/api/toestemmingen", "/api/verzoeken",
                "/api/plannen/" + noor)) {
            HttpResponse<String> antwoord = sanne.open(pad);
            assertEquals(200, antwoord.statusCode(), pad);
            assertTrue(antwoord.headers().firstValue("Content-Type").orElse("").contains("json"), pad);
            heeftHeaders(antwoord);
        }
    }

    @Test
    void sessiecookieIsHttpOnly() {
        Inlogsessie sessie = Inlogsessie.anoniem(Portaal.URL);
        HttpResponse<String> naarKeycloak = sessie.get(Portaal.URL + "/start");
        List<String> cookies = naarKeycloak.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "de inlogstatus wordt in een cookie bewaard");
        cookies.forEach(c -> assertTrue(c.toLowerCase().contains("httponly"), c));
        cookies.forEach(c -> assertTrue(c.toLowerCase().contains("samesite=lax"), c));
    }
}
