package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDocument;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Bsns;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * The bronsysteem registers a family by its own ids: PUT creates (201) or replaces (200), the same
 * body twice changes nothing, GET returns what is stored with an ETag, If-Match guards against
 * lost updates, stukken keep their delen and their original PDF, DELETE destroys a stuk the way a
 * granted vernietiging does, and every change is in the audit log with the client as actor.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistratieApiTest {
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private final Bronsysteem bron = Bronsysteem.aangemeld();

    @Test
    void putMaaktEenKeerAanEnDezelfdeBodyNogmaalsVerandertNiets() {
        Gezin g = Gezin.registreer(bron, "A1", VANDAAG);
        String body = """
                {"bsn": "%s", "voornaam": "Roos", "tussenvoegsel": "van", "achternaam": "Dam", "geboortedatum": "%s"}"""
                .formatted(g.ouderBsn, VANDAAG.minusYears(38));
        long auditVoor = registratieRegels();
        HttpResponse<String> tweede = bron.put("/personen/" + g.ouder, body);
        assertEquals(200, tweede.statusCode(), tweede.body());
        assertEquals(auditVoor, registratieRegels(), "dezelfde body nog eens schrijft niets");

        HttpResponse<String> gelezen = bron.get("/personen/" + g.ouder);
        assertEquals(200, gelezen.statusCode());
        assertEquals(tweede.headers().firstValue("ETag"), gelezen.headers().firstValue("ETag"));
        JsonNode p = Bronsysteem.lees(gelezen);
        assertEquals(g.ouderBsn, p.get("bsn").asText());
        assertEquals("van", p.get("tussenvoegsel").asText());
        assertEquals("Roos van Dam", Database.lees(() -> Persoon.<Persoon>find("bsn", g.ouderBsn).singleResult().naam()));

        HttpResponse<String> nieuw = bron.put("/personen/A1-nieuw", body.replace(g.ouderBsn, Bsns.nieuw()));
        assertEquals(201, nieuw.statusCode(), nieuw.body());
    }

    @Test
    void ifMatchMetEenOudeEtagIs412EnMetDeHuidigeGaatHetDoor() {
        Gezin g = Gezin.registreer(bron, "A2", VANDAAG);
        String pad = "/relaties/A2-r1";
        String oud = bron.get(pad).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> eerst = bron.put(pad, g.relatie(VANDAAG.minusYears(9), VANDAAG.plusYears(1)), oud);
        assertEquals(200, eerst.statusCode(), eerst.body());
        String nieuw = eerst.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(oud, nieuw);

        HttpResponse<String> verouderd = bron.put(pad, g.relatie(VANDAAG.minusYears(9), null), oud);
        assertEquals(412, verouderd.statusCode(), verouderd.body());
        assertEquals(VANDAAG.plusYears(1).toString(), Bronsysteem.lees(bron.get(pad)).get("tot").asText(), "niets veranderd");
        assertEquals(200, bron.put(pad, g.relatie(VANDAAG.minusYears(9), null), nieuw).statusCode());
    }

    @Test
    void elkeSoortIsTeLezenZoalsHijIsOpgeslagen() {
        Gezin g = Gezin.registreer(bron, "A3", VANDAAG);
        bron.zet("/medewerkers/A3-tl", """
                {"voornaam": "Tess", "achternaam": "Bos", "functie": "leidinggevende", "login": "a3-tess"}""");
        assertEquals(201, bron.put("/teams/A3-team", """
                {"naam": "Team A3", "leidinggevende": "A3-tl"}""").statusCode());
        assertEquals(200, bron.put("/medewerkers/" + g.jeugdbeschermer, """
                {"voornaam": "Jip", "achternaam": "Visser", "functie": "jeugdbeschermer", "login": "a3-jip", "team": "A3-team"}""").statusCode());
        assertEquals(201, bron.put("/vertrouwenspersonen/A3-vp", """
                {"voornaam": "Vera", "achternaam": "Kok", "organisatie": "AKJ", "login": "a3-vera"}""").statusCode());
        assertEquals(201, bron.put("/wilsonbekwaamheden/A3-w", """
                {"persoon": "%s", "vanaf": "%s", "toelichting": "Verklaring van de arts"}""".formatted(g.kind, VANDAAG)).statusCode());
        String plan = """
                {"fase": 2, "status": "DEFINITIEF", "watMoetVeranderen": "Mees gaat elke dag naar school.",
                 "punten": [{"onderdeel": "PLAN_VAN_AANPAK", "soort": "DOEL", "tekst": "Naar school", "status": "BEZIG"}],
                 "voornemenEinde": "NOG_OPEN", "eersteContactOp": "%s"}""".formatted(VANDAAG.minusMonths(5));
        assertEquals(201, bron.put("/dossiers/" + g.dossier + "/plan", plan).statusCode());
        assertEquals(200, bron.put("/dossiers/" + g.dossier + "/plan", plan).statusCode());

        assertEquals("A3-team", Bronsysteem.lees(bron.get("/medewerkers/" + g.jeugdbeschermer)).get("team").asText());
        assertEquals("A3-tl", Bronsysteem.lees(bron.get("/teams/A3-team")).get("leidinggevende").asText());
        assertEquals("AKJ", Bronsysteem.lees(bron.get("/vertrouwenspersonen/A3-vp")).get("organisatie").asText());
        assertEquals(g.kind, Bronsysteem.lees(bron.get("/wilsonbekwaamheden/A3-w")).get("persoon").asText());
        assertEquals(g.kind, Bronsysteem.lees(bron.get("/dossiers/" + g.dossier)).get("kind").asText());
        assertEquals("OTS", Bronsysteem.lees(bron.get("/dossiers/" + g.dossier + "/maatregelen/M1")).get("soort").asText());
        JsonNode gelezen = Bronsysteem.lees(bron.get("/dossiers/" + g.dossier + "/plan"));
        assertEquals(2, gelezen.get("fase").asInt());
        assertEquals("Naar school", gelezen.get("punten").get(0).get("tekst").asText());
        assertEquals(404, bron.get("/dossiers/" + g.dossier + "/maatregelen/M9").statusCode());
    }

    @Test
    void eenStukBewaartZijnDelenEnZijnAfscherming() {
        Gezin g = Gezin.registreer(bron, "A4", VANDAAG);
        String pad = "/dossiers/" + g.dossier + "/stukken/S1";
        HttpResponse<String> eerst = bron.put(pad, g.stuk("Huisbezoek", "\"" + g.kind + "\", \"" + g.ouder + "\"", """
                , "afgeschermd": true, "afschermreden": "Lopend onderzoek",
                  "delen": [{"tekst": "Over Mees.", "over": ["%s"]}, {"tekst": "Over Roos.", "over": ["%s"]}]"""
                .formatted(g.kind, g.ouder)));
        assertEquals(201, eerst.statusCode(), eerst.body());
        Stuk opgeslagen = Database.lees(() -> {
            // A stuk's id is the bronsysteem's own within its dossier: other tests have an S1 too.
            Stuk s = Stuk.<Stuk>find("bronId = ?1 and dossier.bronId = ?2", "S1", g.dossier).singleResult();
            s.delen.forEach(d -> d.over.size());
            s.over.size();
            return s;
        });
        assertTrue(opgeslagen.afgeschermd);
        assertEquals("Lopend onderzoek", opgeslagen.afschermreden);
        assertEquals(List.of("Over Mees.", "Over Roos."), opgeslagen.delen.stream().map(d -> d.tekst).toList());
        assertEquals(2, opgeslagen.over.size());

        HttpResponse<String> anders = bron.put(pad, g.stuk("Huisbezoek", "\"" + g.kind + "\"",
                ", \"delen\": [{\"tekst\": \"Alleen Mees.\", \"over\": [\"" + g.kind + "\"]}]"));
        assertEquals(200, anders.statusCode(), anders.body());
        JsonNode gelezen = Bronsysteem.lees(bron.get(pad));
        assertFalse(gelezen.get("afgeschermd").asBoolean());
        assertEquals(1, gelezen.get("delen").size());
        assertEquals(List.of(g.kind), List.of(gelezen.get("over").get(0).asText()));
    }

    @Test
    void hetOrigineelIsEenPdfVanHoogstens20MbEnGaatMetHetStukWeg() throws IOException {
        Gezin g = Gezin.registreer(bron, "A5", VANDAAG);
        String pad = "/dossiers/" + g.dossier + "/stukken/S1";
        bron.zet(pad, g.stuk("Beschikking", "\"" + g.kind + "\"", ""));
        assertEquals(201, bron.put(pad + "/document", pdf(), "application/pdf").statusCode());
        assertEquals(200, bron.put(pad + "/document", pdf(), "application/pdf").statusCode());
        assertEquals(400, bron.put(pad + "/document", "<html>geen pdf</html>".getBytes(), "application/pdf").statusCode());
        assertEquals(415, bron.put(pad + "/document", pdf(), "text/plain").statusCode());
        byte[] teGroot = new byte[StukDocument.MAXIMUM + 1];
        System.arraycopy("%PDF-".getBytes(), 0, teGroot, 0, 5);
        assertEquals(413, bron.put(pad + "/document", teGroot, "application/pdf").statusCode());
        Long stukId = Database.lees(() -> Stuk.<Stuk>find("bronId = ?1 and dossier.bronId = ?2", "S1", g.dossier).singleResult().id);
        assertTrue(Database.lees(() -> StukDocument.van(stukId).isPresent()));

        HttpResponse<String> weg = bron.delete(pad);
        assertEquals(204, weg.statusCode(), weg.body());
        assertFalse(Database.lees(() -> StukDocument.van(stukId).isPresent()), "het document is weg");
        Stuk graf = Database.lees(() -> Stuk.findById(stukId));
        assertNotNull(graf.vernietigdOp);
        assertTrue(graf.vernietigdDoorBronsysteem);
        assertNull(graf.tekst);
        assertEquals(410, bron.get(pad).statusCode());
        assertEquals(410, bron.delete(pad).statusCode());
        assertEquals(409, bron.put(pad, g.stuk("Beschikking", "\"" + g.kind + "\"", "")).statusCode(),
                "een vernietigd stuk komt niet terug");
        assertEquals(1, Database.lees(() -> AuditRegel.count("actie = ?1 and een_van(stukken, ?2)", Actie.STUK_VERNIETIGD, stukId)));
    }

    @Test
    void elkeWijzigingStaatInHetAuditlogMetDeClientAlsActor() {
        Gezin g = Gezin.registreer(bron, "A6", VANDAAG);
        Long kind = Database.lees(() -> Persoon.<Persoon>find("bsn", g.kindBsn).singleResult().id);
        List<AuditRegel> regels = Database.lees(() -> AuditRegel.<AuditRegel>list("actie = ?1 and een_van(betreft, ?2)",
                Actie.REGISTRATIE_GEWIJZIGD, kind));
        assertTrue(regels.size() >= 4, "persoon, relatie, dossier en maatregel: " + regels.size());
        for (AuditRegel r : regels) {
            assertEquals("bronsysteem", r.actorRol);
            assertEquals("bronsysteem", r.actorClient, "de client id van het token");
            assertNull(r.actorId, "geen persoon: het systeem van de GI");
        }
        assertTrue(regels.stream().anyMatch(r -> r.toelichting.equals("PUT /relaties/A6-r1 (nieuw)")));
    }

    static long registratieRegels() {
        return Database.lees(() -> AuditRegel.count("actie", Actie.REGISTRATIE_GEWIJZIGD));
    }

    static byte[] pdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(uit);
            return uit.toByteArray();
        }
    }
}
