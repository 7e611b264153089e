package nl.jeugdportaal.plan;

import static nl.jeugdportaal.plan.Gezinspagina.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Taal;
import org.junit.jupiter.api.Test;

/**
 * The plan, JBT, familiegroepsplan and who-is-who pages once English is chosen: the texts built in
 * Java and the messages next to a field too, while the GI's own records stay Dutch and marked so.
 * EngelsTest walks every page for Dutch words; this test checks what the words say.
 */
@QuarkusTest
class EngelsePlanpaginasTest {
    @Inject
    Clock clock;

    private String datum(String geleden) {
        return Taal.EN.datum(LocalDate.now(clock).minus(Period.parse(geleden)));
    }

    private static Inlogsessie engels(String login) {
        return Inlogsessie.als(Portaal.URL, login).inHetEngels();
    }

    @Test
    void hetPlanVanNoorInHetEngels() {
        String html = engels("sanne").open("/plan/" + id("Noor")).body();
        String tekst = tekst(html);
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(tekst.contains("The plan for Noor de Vries"), tekst);
        assertTrue(tekst.contains("Supervision order (OTS)"), tekst);
        assertTrue(tekst.contains("From " + datum("P10M") + " until " + datum("-P2M") + "."), tekst);
        assertTrue(tekst.contains("The kinderrechter first listens to the parents and the child."), "what happens at the end");
        assertTrue(tekst.contains("What must change so the OTS can stop?"), tekst);
        assertTrue(tekst.contains("Phase 2 of 3: Support and coordinate, since " + datum("P6M") + "."), tekst);
        assertTrue(html.contains("<title id=\"fases-titel\">The three steps of the help</title>"), "the timeline's title");
        assertTrue(html.contains(">Phase 2: Now</text>"), "the timeline's text");
        assertTrue(termijn(html, "First contact with parents and child").contains("On time"));
        String verlenging = termijn(html, "The request to extend the OTS is with the kinderrechter");
        assertTrue(verlenging.contains("On time") && verlenging.contains("Done on"), "the verzoekschrift is in the dossier: " + verlenging);
        assertTrue(tekst.contains("A child protection meeting (JBT) is planned."), tekst);
    }

    @Test
    void deTekstenVanDeGiBlijvenNederlandsEnZijnZoGemarkeerd() {
        String html = engels("sanne").open("/plan/" + id("Noor")).body();
        assertTrue(html.contains("<p lang=\"nl\">Noor moet veilig kunnen slapen"), "what must change, as the GI wrote it");
        assertTrue(html.matches("(?s).*<span lang=\"nl\">[^<]*Sanne gaat elke week naar de oudergroep.*"), "a plan point");
        assertTrue(html.matches("(?s).*<span lang=\"nl\">(<a [^>]*>)?Raad voor de Kinderbescherming.*"),
                "the name of the Raad in an English sentence");
        assertTrue(html.matches("(?s).*<p class=\"eigen-tekst\" lang=\"nl\">Ik vind het plan goed.*"), "Sanne's own words");
    }

    @Test
    void deJsonBlijftNederlandsOokAlsDePaginaEngelsIs() {
        String json = engels("sanne").open("/api/plannen/" + id("Noor")).body();
        assertTrue(json.contains("\"veranderKop\":\"Wat moet er veranderen zodat de OTS kan stoppen?\""), json);
        assertFalse(json.contains("Supervision order"), json);
    }

    @Test
    void meldingenBijEenVeldZijnEngels() {
        Inlogsessie sanne = engels("sanne");
        String plan = "/plan/" + id("Noor");
        HttpResponse<String> leeg = verstuur(sanne, plan, plan + "/mening", Map.of("tekst", " "));
        assertEquals(400, leeg.statusCode());
        assertTrue(leeg.body().contains("You have not written anything yet. First write what you think."), leeg.body());
        assertTrue(leeg.body().contains("for=\"tekst\">Opinion at the evaluation"), "the field's label");

        String jbt = "/jbt/" + id("Noor");
        HttpResponse<String> teLang = verstuur(sanne, jbt, jbt + "/inbreng", Map.of("tekst", "a".repeat(Inbreng.MAX_LENGTE + 1)));
        assertEquals(400, teLang.statusCode());
        assertTrue(teLang.body().contains("Your text is too long: 4001 characters. The limit is 4000."), teLang.body());

        String fgp = "/familiegroepsplan/" + id("Daan");
        HttpResponse<String> ongeldig = verstuur(engels("erik"), fgp, fgp + "/keuze", Map.of("keuze", "MISSCHIEN"));
        assertEquals(400, ongeldig.statusCode());
        assertTrue(ongeldig.body().contains("Choose one of the two answers."), ongeldig.body());
    }

    @Test
    void deGeplandeJbtInHetEngels() {
        String html = engels("sanne").open("/jbt/" + id("Noor")).body();
        String tekst = tekst(html);
        assertTrue(tekst.contains(datum("-P12D") + ", at 10:00"), tekst);
        assertTrue(html.contains("Ellen Vos: <span lang=\"nl\">medewerker van de"), "the invitee's role as the GI wrote it");
        assertTrue(tekst.contains("Brief van het wijkteam (not sent yet)"), tekst);
        assertTrue(tekst.contains("Verslag van de laatste evaluatie (sent on " + datum("P3D") + ")"), tekst);
    }

    @Test
    void deKeuzeVoorHetFamiliegroepsplanInHetEngels() {
        String tekst = tekst(engels("ayse").open("/familiegroepsplan/" + id("Elif")).body());
        assertTrue(tekst.contains("We choose not to make a family group plan. Chosen by Ayşe Yilmaz on "
                + datum("P10M20D") + "."), tekst);
        String uiterlijk = Taal.EN.datum(LocalDate.now(clock).minus(Period.parse("P10M20D")).plusWeeks(6));
        assertTrue(tekst.contains("now makes the action plan (plan van aanpak). It must be ready on or before " + uiterlijk),
                tekst);
    }

    @Test
    void wieIsWieEnDeNieuweJeugdbeschermerInHetEngels() {
        Inlogsessie petra = engels("petra");
        String html = petra.open("/wie-is-wie/" + id("Sem")).body();
        String tekst = tekst(html);
        assertTrue(tekst.contains("Who is who for Sem Jansen?"), tekst);
        assertTrue(tekst.contains("Working days from 8:30 to 17:00"), "the GI's office hours, in English");
        assertTrue(html.contains("<p lang=\"nl\">Dagbesteding voor Sem.</p>"), "a role as the GI wrote it");
        String aankondiging = "New jeugdbeschermer (child protection worker): since " + datum("P3W")
                + " this is Aisha Bouzid. Before, it was Joost Mulder.";
        assertTrue(tekst.contains(aankondiging), tekst);
        assertTrue(tekst(petra.open("/start").body()).contains(aankondiging), "the same announcement on the start page");
    }
}
