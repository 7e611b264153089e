package nl.jeugdportaal.taken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.verzoek.Bericht;
import nl.jeugdportaal.web.Tweetalig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Tasks first: the start page opens with what waits for this person; staff get their worklist. */
@QuarkusTest
class TakenOpDeStartpaginaTest {

    @Test
    void eenNieuwBerichtStaatBijDeTakenTotHetGelezenIs() {
        Long erik = nl.jeugdportaal.testsupport.Database.id("Erik");
        QuarkusTransaction.requiringNew().run(() -> {
            Bericht b = new Bericht();
            b.persoon = Persoon.findById(erik);
            b.pad = "/start";
            b.tekst(Tweetalig.van(t -> "Testbericht"), Tweetalig.van(t -> "Er is iets veranderd."));
            b.tijdstip = Instant.now();
            b.persist();
        });
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "erik");
        Element taken = Jsoup.parse(sessie.open("/start").body()).getElementById("taken-kop").parent();
        assertTrue(taken.text().matches(".*U heeft \\d+ (nieuw bericht|nieuwe berichten)\\..*"), taken.text());
        assertTrue(sessie.open("/berichten").body().contains("Nieuw"), "het bericht is als nieuw te zien");
        Element daarna = Jsoup.parse(sessie.open("/start").body()).getElementById("taken-kop").parent();
        assertFalse(daarna.text().contains("nieuw"), daarna.text());
    }

    @Test
    void deTakenStaanBovenaanDeStartpagina() {
        Document start = Jsoup.parse(Inlogsessie.als(Portaal.URL, "sanne").open("/start").body());
        Element eersteSectie = start.selectFirst("main section");
        assertEquals("taken-kop", eersteSectie.selectFirst("h2").id());
    }

    /** Joost's worklist: his open complaints (and requests) by urgency, filtered and searched. */
    @Test
    void deWerklijstVanDeJeugdbeschermer() {
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        Document alles = Jsoup.parse(joost.open("/start").body());
        assertEquals("Uw werklijst", alles.selectFirst("main h2").text());
        List<Element> rijen = alles.select("#werklijst-kop ~ table tbody tr");
        assertFalse(rijen.isEmpty(), "Joost heeft open klachten in de demo");
        // Late first: once a row is not late, no late row follows.
        boolean nietTeLaat = false;
        for (Element rij : rijen) {
            boolean teLaat = !rij.select(".te-laat").isEmpty();
            assertFalse(teLaat && nietTeLaat, "te laat hoort bovenaan: " + rij.text());
            nietTeLaat |= !teLaat;
        }
        Document klachten = Jsoup.parse(joost.open("/start?soort=klacht").body());
        assertTrue(klachten.select("#werklijst-kop ~ table tbody a").stream().allMatch(a -> a.attr("href").startsWith("/klachten/")));
        Document verzoeken = Jsoup.parse(joost.open("/start?soort=verzoek").body());
        assertTrue(verzoeken.select("#werklijst-kop ~ table tbody a").stream().allMatch(a -> a.attr("href").startsWith("/verzoeken/")));
        String kind = rijen.get(0).select("td").get(1).text();
        Document gezocht = Jsoup.parse(joost.open("/start?zoek=" + java.net.URLEncoder.encode(kind,
                java.nio.charset.StandardCharsets.UTF_8)).body());
        assertTrue(gezocht.select("#werklijst-kop ~ table tbody tr").stream().allMatch(r -> r.text().contains(kind)));
        Document niets = Jsoup.parse(joost.open("/start?zoek=Niemand%20Bestaatniet").body());
        assertTrue(niets.text().contains("Er staat niets open dat bij dit filter past."), niets.text());
        Document laat = Jsoup.parse(joost.open("/start?telaat=ja").body());
        assertTrue(laat.select("#werklijst-kop ~ table tbody tr").stream().allMatch(r -> !r.select(".te-laat").isEmpty()));
    }
}
