package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at /q/openapi is what a GI's developer reads before connecting the case
 * system: it must hold every call of the contract (registratie-api.md), with the fields of the
 * contract, no more calls than the resource answers, and none of the portal's pages.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class RegistratieOpenApiTest {
    private static final String BASIS = "/api/registratie/v1";
    /** The contract's table and its event feed, as "METHOD path". */
    private static final List<String> CONTRACT = List.of(
            "PUT /personen/{id}", "PUT /relaties/{id}", "PUT /wilsonbekwaamheden/{id}", "PUT /medewerkers/{id}",
            "PUT /vertrouwenspersonen/{id}", "PUT /teams/{id}", "PUT /dossiers/{id}",
            "PUT /dossiers/{id}/maatregelen/{mid}", "PUT /dossiers/{id}/stukken/{sid}",
            "PUT /dossiers/{id}/stukken/{sid}/document", "DELETE /dossiers/{id}/stukken/{sid}",
            "PUT /dossiers/{id}/plan", "GET /gebeurtenissen");
    private static JsonNode document;

    @BeforeAll
    static void haalDocumentZonderInloggen() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(Portaal.URL + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, antwoord.statusCode(), "zonder inloggen, zonder doorverwijzing");
        document = new ObjectMapper().readTree(antwoord.body());
    }

    @Test
    void elkePadEnMethodeVanHetContractStaatErin() {
        Set<String> beschreven = beschreven();
        for (String aanroep : CONTRACT) {
            String[] delen = aanroep.split(" ", 2);
            assertTrue(beschreven.contains(delen[0] + " " + BASIS + delen[1]), aanroep + " ontbreekt in " + beschreven);
        }
    }

    @Test
    void hetDocumentBeschrijftPreciesWatDeResourceBeantwoordtEnGeenPaginas() {
        Set<String> beantwoord = new TreeSet<>();
        for (Method m : RegistratieResource.class.getDeclaredMethods()) {
            String methode = m.isAnnotationPresent(GET.class) ? "GET"
                    : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (methode != null) {
                beantwoord.add(methode + " " + BASIS + "/" + m.getAnnotation(Path.class).value());
            }
        }
        assertEquals(beantwoord, beschreven());
    }

    @Test
    void hetStukHeeftDelenMetTekstEnOverEnWeigertOnbekendeVelden() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode stuk = schemas.path("Stuk");
        assertEquals(Set.of("datum", "soort", "auteur", "titel", "tekst", "over", "afgeschermd", "afschermreden", "delen"),
                namen(stuk.path("properties")));
        assertEquals(Set.of("datum", "soort", "auteur", "titel", "tekst", "over"), waarden(stuk.path("required")));
        assertFalse(stuk.path("additionalProperties").asBoolean(true), "onbekende velden worden geweigerd");
        JsonNode deel = schemas.path(stuk.at("/properties/delen/items/$ref").asText().replace("#/components/schemas/", ""));
        assertEquals(Set.of("tekst", "over"), waarden(deel.path("required")));
    }

    @Test
    void deVeldenVanHetContractMetHunVerplichteVelden() {
        JsonNode schemas = document.path("components").path("schemas");
        assertEquals(Set.of("bsn", "voornaam", "achternaam", "geboortedatum"), waarden(schemas.at("/Persoon/required")));
        assertEquals(Set.of("soort", "persoon", "kind", "gezag", "vanaf"), waarden(schemas.at("/Relatie/required")));
        assertEquals(Set.of("ouder", "voogd", "vertegenwoordiger"), waarden(schemas.at("/Relatie/properties/soort/enum")));
        assertEquals(Set.of("fase", "status", "watMoetVeranderen", "voornemenEinde"), waarden(schemas.at("/Plan/required")));
        assertEquals(Set.of("OTS", "VOTS", "VOOGDIJ", "MACHTIGING_UITHUISPLAATSING"), waarden(schemas.at("/Maatregel/properties/soort/enum")));
    }

    @Test
    void deBeschrijvingenZijnNederlandsEnDeFeedHeeftHetVoorbeeldVanHetContract() {
        JsonNode feed = document.at("/paths/" + (BASIS + "/gebeurtenissen").replace("/", "~1") + "/get");
        assertTrue(feed.path("description").asText().contains("volgende"), feed.toString());
        JsonNode voorbeeld = feed.at("/responses/200/content/application~1json/example");
        assertEquals(17, voorbeeld.path("volgende").asLong());
        assertEquals("VERZOEK_INGEDIEND", voorbeeld.at("/gebeurtenissen/0/soort").asText());
        assertTrue(document.at("/info/description").asText().contains("bronsysteem"));
    }

    /** The test build, like the demo build, carries Swagger UI; only its pages may run their inline start script. */
    @Test
    void swaggerUiStartOnderEenEigenBeleidDatNergensAndersGeldt() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(Portaal.URL + "/q/swagger-ui/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self' 'unsafe-inline'"));
        for (String pad : List.of("/q/openapi", "/css/portaal.css")) {
            String beleid = http.send(HttpRequest.newBuilder(URI.create(Portaal.URL + pad)).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("Content-Security-Policy").orElseThrow();
            assertFalse(beleid.contains("unsafe-inline"), pad + ": " + beleid);
        }
    }

    private static Set<String> beschreven() {
        Set<String> beschreven = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(pad -> pad.getValue().fieldNames().forEachRemaining(methode -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(methode)) {
                beschreven.add(methode.toUpperCase() + " " + pad.getKey());
            }
        }));
        return beschreven;
    }

    private static Set<String> namen(JsonNode object) {
        return StreamSupport.stream(((Iterable<String>) object::fieldNames).spliterator(), false).collect(Collectors.toSet());
    }

    private static Set<String> waarden(JsonNode lijst) {
        return StreamSupport.stream(lijst.spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
    }
}
