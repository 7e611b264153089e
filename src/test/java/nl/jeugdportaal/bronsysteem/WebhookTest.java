package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Demostand;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Wachten;
import nl.jeugdportaal.testsupport.Webhookontvanger.Ontvangst;
import nl.jeugdportaal.testsupport.Webhookontvanger;
import nl.jeugdportaal.testsupport.Webhookprofiel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #12 item 7, the optional push: what a client does in the portal reaches the bronsysteem's
 * webhook once, signed, in the feed's own shape; a receiver that is down gets it later; and however
 * many workers run at once, no event is accepted twice and none is skipped.
 */
@QuarkusTest
@TestProfile(Webhookprofiel.class)
@QuarkusTestResource(KeycloakTestResource.class)
class WebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Webhook webhook;

    private Demostand demostand;
    private Long elif;

    @BeforeEach
    void legVast() {
        demostand = Demostand.vastleggen();
        elif = Database.id("Elif");
        wachtTotBijgewerkt();
    }

    @AfterEach
    void herstel() {
        demostand.herstel();
        // A test that failed halfway must not leave the next one a refusal or a minute of backoff.
        Webhookontvanger.weigerDeVolgende(0);
        zetVolgendePoging("null");
    }

    @Test
    void eenToestemmingInHetPortaalKomtEenKeerOndertekendAanZoalsInDeFeed() throws IOException {
        Long murat = Database.id("Murat");
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "elif");
        sessie.open("/toestemming");
        HttpResponse<String> na = sessie.post("/toestemming", Map.of("over", elif.toString(), "aan", murat.toString(), "tot", ""));
        assertEquals(200, na.statusCode(), na.body());
        String onderwerp = "/api/toestemmingen/" + Database.lees(() -> Toestemming.<Toestemming>find(
                "gever.id = ?1 and ontvanger.id = ?2 and ingetrokkenOp is null", elif, murat).singleResult().id);

        Wachten.tot(() -> !over(onderwerp).isEmpty(), "de toestemming komt bij de webhook aan");
        wachtTotBijgewerkt();
        List<Ontvangst> ontvangen = over(onderwerp);
        assertEquals(1, ontvangen.size(), "één keer: " + ontvangen);
        Ontvangst o = ontvangen.get(0);
        assertTrue(o.aangenomen());
        assertTrue(o.geldigOndertekend(), "HMAC-SHA256 over de body met het gedeelde geheim");
        assertEquals("application/json; charset=utf-8", o.contentType());

        JsonNode gepusht = JSON.readTree(o.body());
        assertEquals("TOESTEMMING_GEGEVEN", gepusht.get("soort").asText());
        JsonNode inDeFeed = Bronsysteem.lees(Bronsysteem.aangemeld()
                .get("/gebeurtenissen?na=" + (gepusht.get("volgnummer").asLong() - 1) + "&max=1")).get("gebeurtenissen").get(0);
        assertEquals(inDeFeed, gepusht, "dezelfde vorm als in de feed");
        elkeGebeurtenisPreciesEenKeerAangenomen();
    }

    @Test
    void eenOntvangerDiePlatLigtKrijgtDeGebeurtenisLaterAlsnog() throws InterruptedException {
        Long ayse = Database.id("Ayşe");
        Long toestemming = Database.lees(() -> Toestemming.<Toestemming>find("gever.id = ?1 and ontvanger.id = ?2", elif, ayse)
                .singleResult().id);
        String onderwerp = "/api/toestemmingen/" + toestemming;
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "elif");
        sessie.open("/toestemming");
        Webhookontvanger.weigerDeVolgende(1);
        HttpResponse<String> na = sessie.post("/toestemming/" + toestemming + "/intrekken", Map.of());
        assertEquals(200, na.statusCode(), na.body());

        Wachten.tot(() -> pogingen() == 1, "de eerste poging mislukt en blijft staan");
        assertEquals("HTTP 500", laatsteFout());
        // Rounds of the worker go by; the backoff keeps the receiver from being asked again at once.
        Thread.sleep(2500);
        List<Ontvangst> eerst = over(onderwerp);
        assertEquals(1, eerst.size(), eerst.toString());
        assertFalse(eerst.get(0).aangenomen());

        // Skip the minute of waiting the backoff asks for; the worker picks it up on its next round.
        zetVolgendePoging("now()");
        Wachten.tot(() -> over(onderwerp).stream().anyMatch(Ontvangst::aangenomen), "de gebeurtenis gaat alsnog");
        wachtTotBijgewerkt();
        assertEquals(2, over(onderwerp).size(), "één geweigerd, één aangenomen, niet meer");
        assertTrue(over(onderwerp).get(1).body().contains("\"TOESTEMMING_INGETROKKEN\""));
        assertEquals(0, pogingen(), "na het aannemen begint de teller opnieuw");
        elkeGebeurtenisPreciesEenKeerAangenomen();
    }

    @Test
    void workersDieTegelijkBezorgenSturenGeenGebeurtenisTweeKeer() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 6; i++) {
                gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_STAP, elif, elif, "/api/klachten/gelijk-" + i);
            }
        });
        // Three instances at once, with the scheduled worker of this one as a fourth.
        ExecutorService instanties = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> rondes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rondes.add(instanties.submit(webhook::bezorg));
            }
            for (Future<Integer> ronde : rondes) {
                ronde.get();
            }
        } finally {
            instanties.shutdown();
        }
        wachtTotBijgewerkt();
        for (int i = 0; i < 6; i++) {
            assertEquals(1, over("/api/klachten/gelijk-" + i).size(), "gelijk-" + i);
        }
        elkeGebeurtenisPreciesEenKeerAangenomen();
    }

    /** Over the whole run: the accepted volgnummers are exactly the feed's, each once, in order. */
    private void elkeGebeurtenisPreciesEenKeerAangenomen() {
        List<Long> aangenomen = Webhookontvanger.ontvangen().stream().filter(Ontvangst::aangenomen)
                .map(o -> lees(o.body()).get("volgnummer").asLong()).toList();
        List<Long> feed = gebeurtenissen.na(0, Gebeurtenissen.MAXIMUM).gebeurtenissen().stream()
                .map(Gebeurtenissen.Gebeurtenis::volgnummer).toList();
        assertFalse(feed.isEmpty());
        assertEquals(feed, aangenomen);
    }

    /** Waits until the receiver has accepted everything the feed holds now. */
    private void wachtTotBijgewerkt() {
        long laatste = gebeurtenissen.na(0, Gebeurtenissen.MAXIMUM).volgende();
        Wachten.tot(() -> ((Number) stand("laatst_bezorgd")).longValue() >= laatste, "de webhook is bij tot " + laatste);
    }

    private static List<Ontvangst> over(String onderwerp) {
        return Webhookontvanger.ontvangen().stream().filter(o -> onderwerp.equals(lees(o.body()).get("onderwerp").asText()))
                .toList();
    }

    private static void zetVolgendePoging(String wanneer) {
        QuarkusTransaction.requiringNew().run(() -> Persoon.getEntityManager()
                .createNativeQuery("update gebeurtenis_webhook set volgende_poging = " + wanneer).executeUpdate());
    }

    private static int pogingen() {
        return ((Number) stand("pogingen")).intValue();
    }

    private static String laatsteFout() {
        return (String) stand("laatste_fout");
    }

    private static Object stand(String kolom) {
        return Database.lees(() -> Persoon.getEntityManager()
                .createNativeQuery("select " + kolom + " from gebeurtenis_webhook where id = 1").getSingleResult());
    }

    private static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
