package nl.jeugdportaal.plan;

import static nl.jeugdportaal.plan.Gezinspagina.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Datums;
import org.junit.jupiter.api.Test;

/** The family's voice: opinions, the familiegroepsplan choice and text, JBT input, and who is who. */
@QuarkusTest
class InbrengTest {
    @Inject
    Clock clock;

    private static long aantalInbreng() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Inbreng.count());
    }

    @Test
    void deMeningVanEenOuderKomtBijDeJeugdbeschermer() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        String plan = "/plan/" + id("Noor");
        HttpResponse<String> antwoord = verstuur(sanne, plan, plan + "/mening",
                Map.of("tekst", "Ik wil graag dat oma ook meedenkt <b>over</b> het plan."));
        assertEquals(303, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.headers().firstValue("Location").orElseThrow().endsWith(plan + "#meningen"));
        String bijJoost = Inlogsessie.als(Portaal.URL, "joost").open(plan).body();
        assertTrue(bijJoost.contains("Ik wil graag dat oma ook meedenkt &lt;b&gt;over&lt;/b&gt;"), "bewaard en veilig getoond");
        assertTrue(tekst(bijJoost).contains("Mening bij de evaluatie · Sanne de Vries"), tekst(bijJoost));
    }

    @Test
    void eenJeugdigeGeeftOokZijnMening() {
        Inlogsessie daan = Inlogsessie.als(Portaal.URL, "daan");
        String plan = "/plan/" + id("Daan");
        assertEquals(303, verstuur(daan, plan, plan + "/mening", Map.of("tekst", "Ik wil zelf bij de evaluatie zijn.")).statusCode());
        assertTrue(tekst(Inlogsessie.als(Portaal.URL, "joost").open(plan).body()).contains("Ik wil zelf bij de evaluatie zijn."));
    }

    @Test
    void eenLegeMeningGeeftEenMeldingEnBewaartNiets() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        String plan = "/plan/" + id("Noor");
        long voor = aantalInbreng();
        HttpResponse<String> leeg = verstuur(sanne, plan, plan + "/mening", Map.of("tekst", "   "));
        assertEquals(400, leeg.statusCode());
        assertTrue(leeg.body().contains("U heeft nog niets geschreven."), leeg.body());
        assertTrue(leeg.body().contains("aria-invalid=\"true\""), "de melding hoort bij het veld");
        String lang = "a".repeat(Inbreng.MAX_LENGTE + 1);
        HttpResponse<String> teLang = verstuur(sanne, plan, plan + "/mening", Map.of("tekst", lang));
        assertEquals(400, teLang.statusCode());
        assertTrue(teLang.body().contains("Uw tekst is te lang"));
        assertTrue(teLang.body().contains(lang), "de tekst blijft staan");
        HttpResponse<String> zonderToken = sanne.postOnbewerkt(plan + "/mening", Map.of("tekst", "zonder token"));
        assertEquals(400, zonderToken.statusCode(), "zonder CSRF-token geen opslag, en geen 500");
        assertEquals(voor, aantalInbreng());
    }

    @Test
    void eenMedewerkerOfEenAnderGezinKanGeenMeningToevoegen() {
        String plan = "/plan/" + id("Noor");
        assertFalse(Inlogsessie.als(Portaal.URL, "joost").open(plan).body().contains("name=\"tekst\""),
                "de jeugdbeschermer schrijft geen mening namens de familie");
        Inlogsessie daan = Inlogsessie.als(Portaal.URL, "daan");
        assertEquals(404, verstuur(daan, "/plan/" + id("Daan"), plan + "/mening", Map.of("tekst", "hallo")).statusCode());
    }

    @Test
    void deKeuzeVoorEenEigenPlanEnDeTekstKomenBijDeJeugdbeschermer() {
        Inlogsessie linda = Inlogsessie.als(Portaal.URL, "linda");
        String fgp = "/familiegroepsplan/" + id("Daan");
        HttpResponse<String> ongeldig = verstuur(linda, fgp, fgp + "/keuze", Map.of("keuze", "MISSCHIEN"));
        assertEquals(400, ongeldig.statusCode());
        assertTrue(ongeldig.body().contains("Kies een van de twee antwoorden."));
        assertEquals(303, verstuur(linda, fgp, fgp + "/keuze", Map.of("keuze", "ZELF_MAKEN")).statusCode());
        assertEquals(303, verstuur(linda, fgp, fgp + "/tekst",
                Map.of("tekst", "Oom Peter en buurvrouw Anja helpen. Daan logeert bij oom Peter als het thuis te druk is.")).statusCode());

        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        String plan = tekst(joost.open("/plan/" + id("Daan")).body());
        assertTrue(plan.contains("Wij willen zelf een familiegroepsplan maken (Linda Bakker"), plan);
        String fgpBijJoost = tekst(joost.open(fgp).body());
        assertTrue(fgpBijJoost.contains("Daan logeert bij oom Peter"), fgpBijJoost);
        assertFalse(joost.open(fgp).body().contains("name=\"keuze\""), "de jeugdbeschermer kiest niet voor de ouders");
    }

    @Test
    void afzienToontDeVolgendeTermijn() {
        Inlogsessie petra = Inlogsessie.als(Portaal.URL, "petra");
        String fgp = "/familiegroepsplan/" + id("Sem");
        assertEquals(303, verstuur(petra, fgp, fgp + "/keuze", Map.of("keuze", "AFZIEN")).statusCode());
        String uiterlijk = Datums.lang(LocalDate.now(clock).plusWeeks(6));
        assertTrue(tekst(petra.open(fgp).body()).contains("Dat moet klaar zijn op of voor " + uiterlijk), uiterlijk);
        String bijAisha = Inlogsessie.als(Portaal.URL, "aisha").open("/plan/" + id("Sem")).body();
        assertTrue(tekst(bijAisha).contains("Wij zien af van een familiegroepsplan"));
        assertTrue(termijn(bijAisha, "Het plan van aanpak is klaar").contains(uiterlijk));
        assertEquals(404, verstuur(petra, fgp, fgp + "/tekst", Map.of("tekst", "na afzien")).statusCode(),
                "wie afzag, schrijft geen eigen plan");
    }

    @Test
    void onderVoogdijIsErGeenKeuze() {
        Inlogsessie karim = Inlogsessie.als(Portaal.URL, "karim");
        String fgp = "/familiegroepsplan/" + id("Yasmina");
        String pagina = karim.open(fgp).body();
        assertTrue(tekst(pagina).contains("Voor Yasmina El Amrani geldt voogdij."), tekst(pagina));
        assertFalse(pagina.contains("name=\"keuze\""));
        assertEquals(404, verstuur(karim, "/plan/" + id("Yasmina"), fgp + "/keuze", Map.of("keuze", "AFZIEN")).statusCode());
    }

    @Test
    void deGeplandeJbtMetGenodigdenStukkenEnInbreng() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        String jbt = "/jbt/" + id("Noor");
        String tekst = tekst(sanne.open(jbt).body());
        assertTrue(tekst.contains(Datums.lang(LocalDate.now(clock).plusDays(12)) + ", om 10.00 uur"), tekst);
        assertTrue(tekst.contains("Ellen Vos: medewerker van de Raad voor de Kinderbescherming"), tekst);
        assertTrue(tekst.contains("Brief van het wijkteam (nog niet verstuurd)"), tekst);
        assertTrue(tekst.contains("Ouders mogen iemand meenemen die ze vertrouwen."), tekst);
        assertEquals(303, verstuur(sanne, jbt, jbt + "/inbreng", Map.of("tekst", "Ik neem mijn zus mee.")).statusCode());
        assertTrue(Inlogsessie.als(Portaal.URL, "joost").open(jbt).body().contains("Ik neem mijn zus mee."));

        String zonder = Inlogsessie.als(Portaal.URL, "daan").open("/jbt/" + id("Daan")).body();
        assertTrue(tekst(zonder).contains("Er is nu geen overleg gepland."));
        assertFalse(zonder.contains("name=\"tekst\""));
    }

    @Test
    void wieIsWieEnDeNieuweJeugdbeschermer() {
        Inlogsessie petra = Inlogsessie.als(Portaal.URL, "petra");
        String wie = tekst(petra.open("/wie-is-wie/" + id("Sem")).body());
        assertTrue(wie.contains("Aisha Bouzid"), wie);
        assertTrue(wie.contains("Werkdagen van 8.30 tot 17.00 uur"), wie);
        assertTrue(wie.contains("Zorgcentrum De Linde"), wie);
        String aankondiging = "Nieuwe jeugdbeschermer: sinds " + Datums.lang(LocalDate.now(clock).minusWeeks(3))
                + " is dat Aisha Bouzid. Eerder was dat Joost Mulder.";
        assertTrue(wie.contains(aankondiging), wie);
        assertTrue(tekst(petra.open("/start").body()).contains(aankondiging), "de wissel staat op de startpagina");
        assertEquals(404, Inlogsessie.als(Portaal.URL, "sanne").open("/wie-is-wie/" + id("Sem")).statusCode());
    }
}
