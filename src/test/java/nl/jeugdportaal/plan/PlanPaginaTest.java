package nl.jeugdportaal.plan;

import static nl.jeugdportaal.plan.Gezinspagina.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Datums;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The plan page of every demo family: measure and dates, phase, plan, what must change, terms, access. */
@QuarkusTest
class PlanPaginaTest {
    @Inject
    Clock clock;

    private String datum(String geleden) {
        return Datums.lang(LocalDate.now(clock).minus(Period.parse(geleden)));
    }

    private static String pagina(String login, String kind) {
        HttpResponse<String> antwoord = Inlogsessie.als(Portaal.URL, login).open("/plan/" + id(kind));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    @Test
    void noorMetOtsInFaseTweeVoorSanne() {
        String html = pagina("sanne", "Noor");
        String tekst = tekst(html);
        assertTrue(tekst.contains("Ondertoezichtstelling (OTS)"), tekst);
        assertTrue(tekst.contains("Van " + datum("P10M") + " tot " + datum("-P2M") + "."), tekst);
        assertTrue(tekst.contains("De kinderrechter hoort eerst de ouders en het kind."), "wat er aan het eind gebeurt");
        assertTrue(tekst.contains("Fase 2 van 3: Ondersteunen en regievoeren"), tekst);
        assertTrue(html.contains("<svg class=\"fases\"") && html.contains("role=\"img\""), "de tijdlijn als tekening");
        assertTrue(tekst.contains("Wat moet er veranderen zodat de OTS kan stoppen? Noor moet veilig kunnen slapen"), tekst);
        assertTrue(tekst.contains("Het gaat drie maanden achter elkaar goed thuis."), "voorwaarde in het blok");
        assertTrue(tekst.contains("Sanne gaat elke week naar de oudergroep van het wijkteam. Bezig"), tekst);
        assertTrue(termijn(html, "Eerste contact met ouders en kind").contains("Op tijd"));
        assertTrue(termijn(html, "Het plan van aanpak is klaar").contains("Op tijd"));
        assertTrue(termijn(html, "Verzoek om verlenging van de OTS").contains("Op tijd"),
                "the verzoekschrift is in the dossier and the court called the hearing");
        assertTrue(termijn(html, "De kinderrechter besluit over verlenging van de OTS").contains(datum("-P2M")));
        assertTrue(tekst.contains("Er is een JBT gepland."), tekst);
    }

    @Test
    void daanInDeLaatsteFaseVoorZijnMoeder() {
        String html = pagina("linda", "Daan");
        String tekst = tekst(html);
        assertTrue(tekst.contains("Van " + datum("P1Y4M") + " tot " + datum("-P8M") + "."), tekst);
        assertTrue(tekst.contains("Fase 3 van 3: Generaliseren en borgen"), tekst);
        assertTrue(tekst.contains("Wat moet er veranderen zodat de OTS kan stoppen? Daan gaat weer naar school"), tekst);
        assertTrue(termijn(html, "Passende hulp is begonnen").contains("Op tijd"));
    }

    @Test
    void elifZiethaarPlanInDeJeVorm() {
        String html = pagina("elif", "Elif");
        String tekst = tekst(html);
        assertTrue(tekst.contains("Hier lees je wat er gebeurt."), tekst);
        assertTrue(tekst.contains("Machtiging uithuisplaatsing"), tekst);
        assertTrue(tekst.contains("Na 2 jaar geeft de Raad voor de Kinderbescherming eerst advies."), tekst);
        assertTrue(termijn(html, "Verzoek om verlenging van de OTS").contains("Op tijd"));
        assertTrue(termijn(html, "Verzoek om verlenging van de machtiging uithuisplaatsing").contains("Op tijd"));
        assertTrue(termijn(html, "Het plan van aanpak is klaar").contains("afzagen van een familiegroepsplan"),
                "na het afzien telt de termijn vanaf de keuze");
        assertTrue(tekst.contains("Ik wil vaker thuis slapen."), "haar eigen mening uit de demo");
        assertTrue(html.contains("name=\"tekst\""), "een jeugdige van 16 mag haar mening geven");
    }

    @Test
    void semZijnTermijnenZijnTeLaatEnHetPlanIsNogConcept() {
        String html = pagina("petra", "Sem");
        String tekst = tekst(html);
        assertTrue(tekst.contains("Fase 1 van 3: Verbinden en motiveren"), tekst);
        assertTrue(tekst.contains("Concept: nog niet definitief"), tekst);
        assertTrue(termijn(html, "Eerste contact met ouders en kind").contains("Te laat"));
        assertTrue(termijn(html, "Passende hulp is begonnen").contains("Te laat: nog niet gebeurd"));
        assertTrue(tekst.contains("Mening over het plan, voor het definitief is"), "voor definitief: mening over het plan");
    }

    @Test
    void yasminaOnderVoogdijHeeftGeenVerlenging() {
        String html = pagina("karim", "Yasmina");
        String tekst = tekst(html);
        assertTrue(tekst.contains("Voogdij"), tekst);
        assertTrue(tekst.contains("tot Yasmina 18 jaar wordt"), tekst);
        assertTrue(tekst.contains("Wat is het doel van het plan?"), tekst);
        assertFalse(tekst.contains("Verzoek om verlenging"), tekst);
        assertTrue(termijn(html, "Eerste contact met ouders en kind").contains("Op tijd"));
    }

    @Test
    void larsZijnOtsIsGestoptZijnMentorZietHet() {
        String html = pagina("willem", "Lars");
        String tekst = tekst(html);
        assertTrue(tekst.contains("Deze maatregel is nu niet van kracht."), tekst);
        assertTrue(tekst.contains("Wat moest er veranderen?"), tekst);
        assertFalse(html.contains("name=\"tekst\""), "een mentor is geen ouder: geen meningsformulier");
    }

    @Test
    void eenAnderGezinKrijgtNietsTeZien() {
        HttpResponse<String> antwoord = Inlogsessie.als(Portaal.URL, "sanne").open("/plan/" + id("Daan"));
        assertEquals(404, antwoord.statusCode());
        assertFalse(antwoord.body().contains("Daan"), "niets verraadt dat Daan bestaat");
        assertEquals(404, Inlogsessie.als(Portaal.URL, "sanne").open("/api/plannen/" + id("Daan")).statusCode());
        assertEquals(404, Inlogsessie.als(Portaal.URL, "sanne").open("/plan/999999").statusCode());
        assertEquals(404, Inlogsessie.als(Portaal.URL, "sanne").open("/plan/abc").statusCode());
    }

    @Test
    void deRegelsBepalenWieHetPlanZiet() {
        assertEquals(404, Inlogsessie.als(Portaal.URL, "mark").open("/plan/" + id("Noor")).statusCode(),
                "ouder zonder gezag");
        // DOMAIN §2 rule 11: the plan is not dossier inzage. Every ouder met gezag sees it whatever Elif
        // said about her dossier, and a wilsonbekwame jeugdige keeps the right to be informed and heard.
        assertEquals(200, Inlogsessie.als(Portaal.URL, "murat").open("/plan/" + id("Elif")).statusCode(),
                "Murat heeft gezag: het plan is geen dossierinzage");
        assertEquals(200, Inlogsessie.als(Portaal.URL, "sem").open("/plan/" + id("Sem")).statusCode(),
                "ook wilsonbekwaam: geïnformeerd en gehoord worden");
        assertEquals(404, Inlogsessie.als(Portaal.URL, "joost").open("/plan/" + id("Sem")).statusCode(),
                "niet meer zijn zaak");
        assertEquals(200, Inlogsessie.als(Portaal.URL, "aisha").open("/plan/" + id("Sem")).statusCode());
        assertEquals(200, Inlogsessie.als(Portaal.URL, "ayse").open("/plan/" + id("Elif")).statusCode());
    }

    @Test
    void deJsonGeeftHetzelfdePlan() {
        String json = Inlogsessie.als(Portaal.URL, "sanne").open("/api/plannen/" + id("Noor")).body();
        assertTrue(json.contains("\"veranderKop\":\"Wat moet er veranderen zodat de OTS kan stoppen?\""), json);
        assertTrue(json.contains("\"fases\""), json);
    }

    @Test
    @Transactional
    void elkeBlikEnElkeWeigeringStaatInHetLog() {
        long sanne = id("Sanne");
        long voor = AuditRegel.count("actorId = ?1 and actie = ?2", sanne, Actie.PLAN_BEKEKEN);
        long geweigerdVoor = AuditRegel.count("actorId = ?1 and actie = ?2 and toelichting = ?3", sanne,
                Actie.DOSSIER_GEWEIGERD, "plan: niet betrokken");
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "sanne");
        sessie.open("/plan/" + id("Noor"));
        sessie.open("/plan/" + id("Daan"));
        assertEquals(voor + 1, AuditRegel.count("actorId = ?1 and actie = ?2", sanne, Actie.PLAN_BEKEKEN));
        assertEquals(geweigerdVoor + 1, AuditRegel.count("actorId = ?1 and actie = ?2 and toelichting = ?3", sanne,
                Actie.DOSSIER_GEWEIGERD, "plan: niet betrokken"));
    }

    /**
     * DOMAIN §2 rule 11: a plan point about a third person follows rules 1 to 3. Elif's plan has a point about
     * Hanneke, her pleegmoeder: the family the plan is made with sees that it is there and how to ask, not what it says;
     * the jeugdbeschermer reads it. A point about Ayşe and Murat, both with gezag, is for all of them.
     */
    @Test
    @Transactional
    void eenPlanpuntOverEenDerdeZietAlleenWieDieGegevensMagZien() {
        long hanneke = id("Hanneke");
        for (var gezinslid : java.util.Map.of("elif", "Elif", "ayse", "Ayşe", "murat", "Murat").entrySet()) {
            String login = gezinslid.getKey();
            long persoon = id(gezinslid.getValue());
            long geweigerd = AuditRegel.count("actorId = ?1 and actie = ?2 and uitkomst = ?3", persoon, Actie.PLAN_BEKEKEN,
                    Uitkomst.GEWEIGERD);
            Document pagina = Jsoup.parse(pagina(login, "Elif"));
            String tekst = pagina.text();
            assertFalse(tekst.contains("rugklachten"), login + " leest een punt over Hanneke:\n" + tekst);
            assertFalse(pagina.select("li.punt-verborgen").isEmpty(), login + " ziet niet dat er een punt is");
            String verborgen = pagina.selectFirst("li.punt-verborgen").text();
            assertTrue(verborgen.startsWith("Afspraak: Dit punt gaat over iemand anders"), verborgen);
            assertTrue(verborgen.contains("Vraag het"), "how to ask: " + verborgen);
            assertFalse(verborgen.contains("Hanneke"), "the refusal names no third person (rule 9): " + verborgen);
            assertTrue(tekst.contains("Ayşe en Murat gaan samen naar therapie."), "a point about the gezag-holders is for the family");
            assertEquals(geweigerd + 1, AuditRegel.count("actorId = ?1 and actie = ?2 and uitkomst = ?3", persoon,
                    Actie.PLAN_BEKEKEN, Uitkomst.GEWEIGERD), "the refused point is in the log for " + login);
        }
        assertTrue(AuditRegel.<AuditRegel>list("actie = ?1 and uitkomst = ?2", Actie.PLAN_BEKEKEN, Uitkomst.GEWEIGERD)
                .stream().allMatch(a -> a.betreft.contains(hanneke)), "logged with the person it protects");
        String joost = Jsoup.parse(pagina("joost", "Elif")).text();
        assertTrue(joost.contains("rugklachten"), "the jeugdbeschermer on the case reads every point");
    }
}
