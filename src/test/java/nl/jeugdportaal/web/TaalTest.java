package nl.jeugdportaal.web;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/** Dutch is the default; English is chosen with the switch, remembered, and complete per bundle. */
@QuarkusTest
class TaalTest {

    private static HttpResponse<String> haal(String pad, String... headers) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(Portaal.URL + pad)).GET();
        if (headers.length > 0) {
            verzoek.headers(headers);
        }
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nederlandsIsDeStandaardOokAlsDeBrowserEngelsVraagt() throws Exception {
        HttpResponse<String> pagina = haal("/toegankelijkheid", "Accept-Language", "en-US,en;q=0.9");
        assertTrue(pagina.body().contains("<html lang=\"nl\">"), pagina.body());
        assertTrue(pagina.body().contains("Naar de inhoud"));
        assertTrue(pagina.body().contains("hreflang=\"en\">English</a>"), "de wissel naar het Engels ontbreekt");
    }

    @Test
    void deWisselOnthoudtDeKeuzeEnGaatTerugNaarDezelfdePagina() throws Exception {
        HttpResponse<String> wissel = haal("/taal/en?terug=%2Ftoegankelijkheid");
        assertEquals(303, wissel.statusCode());
        assertEquals("/toegankelijkheid", URI.create(wissel.headers().firstValue("Location").orElseThrow()).getPath());
        String cookie = wissel.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("taal=en"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Max-Age="), cookie);

        HttpResponse<String> engels = haal("/toegankelijkheid", "Cookie", "taal=en");
        assertTrue(engels.body().contains("<html lang=\"en\">"));
        assertTrue(engels.body().contains("Skip to content"));
        assertTrue(engels.body().contains("Is there direct danger or danger to life?"), "the crisis block in English");
        assertTrue(engels.body().contains("hreflang=\"nl\">Nederlands</a>"), "de wissel terug naar het Nederlands ontbreekt");
        assertFalse(engels.body().contains("href=\"#inhoud\">Naar de inhoud</a>"));
    }

    @Test
    void ingelogdBlijftDeKeuzeStaan() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne").inHetEngels();
        String start = sanne.open("/start").body();
        assertTrue(start.contains("<html lang=\"en\">"));
        assertTrue(start.contains(">Log out</a>"), start);
    }

    @Test
    void hetInlogschermVolgtDeKeuze() {
        String nederlands = Inlogsessie.anoniem(Portaal.URL).open("/start").body();
        assertTrue(nederlands.contains("lang=\"nl\""), "Keycloak hoort Nederlands te spreken");
        HttpResponse<String> engels = Inlogsessie.anoniem(Portaal.URL).inHetEngels().open("/start");
        assertTrue(engels.uri().toString().contains("ui_locales=en"), engels.uri().toString());
        assertTrue(engels.body().contains("lang=\"en\""), "Keycloak hoort Engels te spreken");
    }

    @Test
    void deWisselStuurtNooitNaarEenAndereSite() throws Exception {
        for (String terug : List.of("https://kwaad.example/", "//kwaad.example/", "/\\kwaad.example", "", "start")) {
            HttpResponse<String> wissel = haal("/taal/nl?terug=" + java.net.URLEncoder.encode(terug, "UTF-8"));
            assertEquals("/", wissel.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElseThrow(), terug);
        }
        assertEquals(404, haal("/taal/xx").statusCode());
    }

    /** Every text in a Dutch bundle has its English version, and the other way round. */
    @Test
    void elkeBundelIsInBeideTalenCompleet() throws IOException {
        Path map = Path.of("src/main/resources/messages");
        List<Path> nederlands;
        try (Stream<Path> bestanden = Files.list(map)) {
            nederlands = bestanden.filter(p -> p.getFileName().toString().endsWith("_nl.properties")).sorted().toList();
        }
        assertFalse(nederlands.isEmpty());
        for (Path nl : nederlands) {
            Path en = nl.resolveSibling(nl.getFileName().toString().replace("_nl.properties", "_en.properties"));
            assertTrue(Files.exists(en), "geen Engelse versie van " + nl);
            Properties nlTeksten = lees(nl);
            Properties enTeksten = lees(en);
            Set<String> alleenNl = new TreeSet<>(nlTeksten.stringPropertyNames());
            alleenNl.removeAll(enTeksten.stringPropertyNames());
            Set<String> alleenEn = new TreeSet<>(enTeksten.stringPropertyNames());
            alleenEn.removeAll(nlTeksten.stringPropertyNames());
            assertEquals(Set.of(), alleenNl, "zonder Engels in " + en.getFileName());
            assertEquals(Set.of(), alleenEn, "zonder Nederlands in " + nl.getFileName());
            enTeksten.forEach((k, v) -> assertFalse(v.toString().isBlank(), en.getFileName() + ": " + k + " is leeg"));
        }
    }

    private static Properties lees(Path bestand) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(bestand)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
