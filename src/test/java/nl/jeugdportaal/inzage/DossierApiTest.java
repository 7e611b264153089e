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
        for (JsonNode regel : dossier.get("regels")) {
            assertFalse(regel.get("reden").asText().isBlank(), "elke regel heeft een reden");
            assertFalse(regel.get("titel").asText().isBlank());
        }
        assertFalse(dossier.get("regels").isEmpty(), "Sanne heeft gezag over Noor (9) en ziet stukken over Noor");
        // Hidden stukken are counted per reason, with no title, author or text (DOMAIN §2 rule 9).
        assertFalse(dossier.get("verborgen").isEmpty(), "het afgeschermde stuk ziet Sanne niet");
        for (JsonNode groep : dossier.get("verborgen")) {
            assertTrue(groep.get("aantal").asLong() > 0);
            assertFalse(groep.get("reden").asText().isBlank());
            assertFalse(groep.toString().contains("titel"), groep.toString());
        }
    }

    @Test
    void eenStukMetDelenGeeftDeZichtbareDelenEnEenRegelVoorDeAndere() throws Exception {
        JsonNode dossier = lees(Inlogsessie.als(Portaal.URL, "sanne").open("/api/dossiers/" + id("Noor") + "/stukken"));
        JsonNode gesprek = null;
        for (JsonNode regel : dossier.get("regels")) {
            if (regel.get("titel").asText().equals("Kennismaking met vertrouwenspersoon van moeder")) {
                gesprek = regel;
            }
        }
        assertNotNull(gesprek, "Sanne ziet het gesprek met Femke deels");
        assertTrue(gesprek.get("alineas").isEmpty(), "niet de hele tekst");
        JsonNode delen = gesprek.get("delen");
        assertEquals(2, delen.size());
        assertFalse(delen.get(0).get("zichtbaar").asBoolean(), "het deel over Femke is achtergehouden");
        assertTrue(delen.get(0).get("alineas").isEmpty());
        assertTrue(delen.get(0).get("reden").asText().contains("iemand anders"), delen.get(0).toString());
        assertTrue(delen.get(1).get("zichtbaar").asBoolean());
        assertTrue(delen.get(1).get("alineas").get(0).asText().startsWith("Moeder legde haar bezwaar uit"));
        assertFalse(gesprek.toString().contains("Femke heeft haar rol toegelicht"), gesprek.toString());
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
