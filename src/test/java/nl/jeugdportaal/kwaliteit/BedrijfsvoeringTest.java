package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads (issue #18 item 4): readiness names each dependency, the metrics carry
 * requests, the pool and the outbox, and every answer carries its request id.
 */
@io.quarkus.test.junit.QuarkusTest
class BedrijfsvoeringTest {

    @Test
    void gereedheidNoemtPostgresqlEnKeycloak() {
        HttpResponse<String> gereed = Inlogsessie.anoniem(Portaal.URL).get(Portaal.URL + "/q/health/ready");
        assertEquals(200, gereed.statusCode(), gereed.body());
        assertTrue(gereed.body().contains("\"Keycloak\""), gereed.body());
        assertTrue(gereed.body().contains("Database connections health check"), gereed.body());
    }

    @Test
    void metriekenVoorVerzoekenPoolEnOutbox() {
        Inlogsessie bezoeker = Inlogsessie.anoniem(Portaal.URL);
        bezoeker.open("/");
        String metrieken = bezoeker.get(Portaal.URL + "/q/metrics").body();
        for (String naam : new String[] {"http_server_requests_seconds_count", "agroal_active_count",
                "jeugdportaal_outbox_wachtend", "jvm_memory_used_bytes"}) {
            assertTrue(metrieken.contains(naam), naam + " ontbreekt");
        }
    }

    @Test
    void elkAntwoordHeeftEenVerzoekId() {
        Inlogsessie bezoeker = Inlogsessie.anoniem(Portaal.URL);
        String eigen = bezoeker.open("/").headers().firstValue("X-Request-Id").orElse("");
        assertFalse(eigen.isBlank(), "het portaal maakt een id");
        HttpResponse<String> doorgegeven = bezoeker.stuurMetKop("/", Map.of("X-Request-Id", "lb-12345"));
        assertEquals("lb-12345", doorgegeven.headers().firstValue("X-Request-Id").orElse(""), "de id van HAProxy gaat mee");
        HttpResponse<String> vreemd = bezoeker.stuurMetKop("/", Map.of("X-Request-Id", "a\"b c"));
        assertNotEquals("a\"b c", vreemd.headers().firstValue("X-Request-Id").orElse(""), "geen vreemde tekens in de logs");
    }
}
