package nl.jeugdportaal.web;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
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

    /** A shared phone or a proxy must not keep what a logged-in person saw: pages, JSON and CSV. */
    @Test
    void ingelogdeAntwoordenWordenNergensBewaard() {
        Long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        for (String pad : List.of("/start", "/dossier/" + noor, "/plan/" + noor, "/api/dossiers/" + noor + "/stukken",
                "/bestaat-niet")) {
            assertEquals("no-store", sanne.open(pad).headers().firstValue("Cache-Control").orElse(""), pad);
        }
        HttpResponse<String> csv = Inlogsessie.als(Portaal.URL, "karin").open("/klachten/leren.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        // What holds nothing personal may be cached.
        assertFalse(sanne.open("/css/portaal.css").headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    /** A request that names another host still gets a redirect to the portal's own public address. */
    @Test
    void eenOmleidingGaatNaarHetPubliekeAdresNietNaarDeHostVanHetVerzoek() throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", URI.create(Portaal.URL).getPort())) {
            socket.getOutputStream().write(("GET /taal/en?terug=/toegankelijkheid HTTP/1.1\r\nHost: aanvaller.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String antwoord = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String locatie = antwoord.lines().filter(r -> r.toLowerCase().startsWith("location:")).findFirst().orElse("");
            assertEquals("location: " + Portaal.URL + "/toegankelijkheid", locatie.toLowerCase(), antwoord);
        }
    }

    /** The CSRF cookie is SameSite=Strict and HttpOnly, and logging out removes it with the session. */
    @Test
    void deCsrfCookieIsStriktEnEindigtMetDeSessie() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> formulier = sanne.open("/toestemming");
        List<String> csrf = formulier.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("csrf-token=")).toList();
        assertFalse(csrf.isEmpty(), "het formulier zet een CSRF-cookie: " + formulier.headers().map());
        // Attribute names are case-insensitive (RFC 6265 §5.2); Vert.x writes "HTTPOnly".
        csrf.forEach(c -> {
            assertTrue(c.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), c);
            assertTrue(c.toLowerCase(java.util.Locale.ROOT).contains("httponly"), c);
        });
        HttpResponse<String> uitloggen = sanne.get(Portaal.URL + "/uitloggen");
        assertTrue(uitloggen.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("csrf-token=;") && c.contains("Max-Age=0")), uitloggen.headers().map().toString());
    }
}
