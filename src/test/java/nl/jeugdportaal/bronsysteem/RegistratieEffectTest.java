package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * A change through the API counts on the very next request of a parent who is logged in, and the
 * feed hands out what happened in commit order: a transaction that commits late is not skipped.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistratieEffectTest {
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Gebeurtenissen gebeurtenissen;

    @Test
    void eenBeeindigdGezagEnEenAfschermingGeldenBijDeVolgendeVraag() {
        Bronsysteem bron = Bronsysteem.aangemeld();
        Gezin g = Gezin.registreer(bron, "E1", VANDAAG);
        bron.zet("/dossiers/" + g.dossier + "/stukken/S1", g.stuk("Gesprek met Mees", "\"" + g.kind + "\"", ""));
        bron.zet("/dossiers/" + g.dossier + "/stukken/S2", g.stuk("Tweede gesprek", "\"" + g.kind + "\"", ""));
        new KeycloakBeheer().maakGebruiker("e1-roos", g.ouderBsn, "ouder");
        Long kind = Database.lees(() -> Persoon.<Persoon>find("bsn", g.kindBsn).singleResult().id);
        Inlogsessie roos = Inlogsessie.als(Portaal.URL, "e1-roos");

        assertEquals(List.of("Tweede gesprek", "Gesprek met Mees"), titels(roos.open("/api/dossiers/" + kind + "/stukken")));

        bron.zet("/dossiers/" + g.dossier + "/stukken/S2", g.stuk("Tweede gesprek", "\"" + g.kind + "\"", ", \"afgeschermd\": true"));
        assertEquals(List.of("Gesprek met Mees"), titels(roos.open("/api/dossiers/" + kind + "/stukken")), "afgeschermd");

        bron.zet("/relaties/E1-r1", g.relatie(VANDAAG.minusYears(9), VANDAAG.minusDays(1)));
        HttpResponse<String> na = roos.open("/api/dossiers/" + kind + "/stukken");
        assertEquals(404, na.statusCode(), "zonder relatie vandaag geen dossier: " + na.body());
        assertFalse(roos.open("/dossier/" + kind).body().contains("Gesprek met Mees"));
    }

    @Test
    void eenLaatGecommitteGebeurtenisWordtNietOvergeslagen() throws Exception {
        long start = gebeurtenissen.na(0, 1000).volgende();
        CountDownLatch geschreven = new CountDownLatch(1);
        CountDownLatch doorgaan = new CountDownLatch(1);
        Thread traag = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            gebeurtenissen.meld(Gebeurtenissen.Soort.VERZOEK_INGEDIEND, null, null, "/api/verzoeken/traag");
            geschreven.countDown();
            wacht(doorgaan);
        }));
        traag.start();
        assertTrue(geschreven.await(30, TimeUnit.SECONDS));
        QuarkusTransaction.requiringNew().run(() -> gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_INGEDIEND, null, null, "/api/klachten/snel"));

        Gebeurtenissen.Pagina eerst = gebeurtenissen.na(start, 1000);
        assertEquals(List.of("/api/klachten/snel"), onderwerpen(eerst), "wat nog niet gecommit is, komt later");
        doorgaan.countDown();
        traag.join(30_000);
        Gebeurtenissen.Pagina daarna = gebeurtenissen.na(eerst.volgende(), 1000);
        assertEquals(List.of("/api/verzoeken/traag"), onderwerpen(daarna), "de trage komt na de snelle, niet ervoor");
        assertTrue(daarna.gebeurtenissen().get(0).volgnummer() > eerst.volgende());
        assertEquals(List.of(), gebeurtenissen.na(daarna.volgende(), 1000).gebeurtenissen(), "niets twee keer");

        JsonNode feed = Bronsysteem.lees(Bronsysteem.aangemeld().get("/gebeurtenissen?na=" + start + "&max=1"));
        assertEquals(1, feed.get("gebeurtenissen").size());
        assertEquals("KLACHT_INGEDIEND", feed.get("gebeurtenissen").get(0).get("soort").asText());
        assertEquals(feed.get("gebeurtenissen").get(0).get("volgnummer").asLong(), feed.get("volgende").asLong());
    }

    private static void wacht(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> onderwerpen(Gebeurtenissen.Pagina p) {
        return p.gebeurtenissen().stream().map(Gebeurtenissen.Gebeurtenis::onderwerp).toList();
    }

    private static List<String> titels(HttpResponse<String> antwoord) {
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        List<String> uit = new ArrayList<>();
        Bronsysteem.lees(antwoord).get("regels").forEach(r -> {
            if (r.get("delen").isEmpty()) {
                uit.add(r.get("titel").asText());
            }
        });
        return uit;
    }
}
