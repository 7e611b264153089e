package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/** The JSON API gives the same answers as the page, because it goes through the same service. */
@QuarkusTest
class DossierApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static long id(String voornaam) {
        return Persoon.<Persoon>find("voornaam", voornaam).singleResult().id;
    }

    private static JsonNode lees(HttpResponse<String> antwoord) throws Exception {
        return JSON.readTree(antwoord.body());
    }

    @Test
    void ouderMetGezagKrijgtStukkenMetRedenEnVerborgenRegels() throws Exception {
        HttpResponse<String> antwoord = Inlogsessie.als(Portaal.URL, "sanne")
                .open("/api/dossiers/" + id("Noor") + "/stukken");
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        JsonNode dossier = lees(antwoord);
        assertEquals("Noor de Vries", dossier.get("kindNaam").asText());
        boolean zichtbaar = false;
        for (JsonNode regel : dossier.get("regels")) {
            assertFalse(regel.get("reden").asText().isBlank(), "elke regel heeft een reden");
            if (regel.get("zichtbaar").asBoolean()) {
                zichtbaar = true;
                assertFalse(regel.get("titel").asText().isBlank());
            } else {
                assertTrue(regel.get("titel").isNull(), "een verborgen stuk geeft zijn titel niet prijs");
                assertTrue(regel.get("alineas").isEmpty());
            }
        }
        assertTrue(zichtbaar, "Sanne heeft gezag over Noor (9) en ziet stukken over Noor");
    }

    @Test
    void eenVreemdeKrijgtNietsTeZien() throws Exception {
        HttpResponse<String> antwoord = Inlogsessie.als(Portaal.URL, "daan").open("/api/dossiers/" + id("Noor") + "/stukken");
        assertEquals(404, antwoord.statusCode());
        assertFalse(antwoord.body().contains("Noor"));
    }

    @Test
    void eenOnleesbareDatumGeeftEenMeldingGeenFout() throws Exception {
        HttpResponse<String> antwoord = Inlogsessie.als(Portaal.URL, "sanne")
                .open("/api/dossiers/" + id("Noor") + "/stukken?van=gisteren");
        assertEquals(400, antwoord.statusCode());
        assertTrue(lees(antwoord).get("fout").asText().contains("datum"));
    }
}
