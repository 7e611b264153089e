package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.plan.Plan;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.Wilsonbekwaamheid;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Bsns;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the contract's error table: the status, every bad field named at once in
 * {@code fouten}, an RFC 9457 body, and nothing stored (the tables count the same afterwards and
 * an existing object keeps its ETag).
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistratieFoutenTest {
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final String PERSOON = "{\"bsn\": \"%s\", \"voornaam\": \"Kim\", \"achternaam\": \"Aydin\", \"geboortedatum\": \"1990-05-01\"}";
    /** A valid BSN nobody has. */
    static final String VRIJ = Bsns.nieuw();
    private static Gezin gezin;
    private final Bronsysteem bron = Bronsysteem.aangemeld();

    /** One bad call: where, what, the content type, and the answer the contract asks for. */
    record Geval(String naam, String methode, String pad, String body, String type, String ifMatch, int status, List<String> velden) {
        @Override
        public String toString() {
            return naam;
        }
    }

    private static Geval put(String naam, String pad, String body, int status, String... velden) {
        return new Geval(naam, "PUT", pad, body, "application/json", null, status, List.of(velden));
    }

    @BeforeEach
    void gezin() {
        if (gezin == null) {
            gezin = Gezin.registreer(Bronsysteem.aangemeld(), "F", VANDAAG);
            Bronsysteem.aangemeld().zet("/personen/F-tiener", """
                    {"bsn": "%s", "voornaam": "Lot", "achternaam": "Dam", "geboortedatum": "%s"}"""
                    .formatted(Bsns.nieuw(), VANDAAG.minusYears(16)));
            Bronsysteem.aangemeld().zet("/dossiers/F-dossier/stukken/S1", gezin.stuk("Verslag", "\"F-kind\"", ""));
        }
    }

    static Stream<Geval> gevallen() {
        String geldigBsn = "781676447"; // Sanne's, in use by the demo data
        String stuk = "/dossiers/F-dossier/stukken/";
        return Stream.of(
                put("kapotte JSON", "/personen/F-x1", "{\"bsn\": \"123\"", 400, "$"),
                put("lege body", "/personen/F-x1", "", 400, "$"),
                put("geen object", "/personen/F-x1", "[1, 2]", 400, "$"),
                put("verkeerde typen", "/personen/F-x1", "{\"bsn\": 781676447, \"voornaam\": 12, \"achternaam\": [],"
                        + " \"geboortedatum\": true}", 400, "bsn", "voornaam", "achternaam", "geboortedatum"),
                put("verplichte velden ontbreken", "/personen/F-x1", "{}", 400, "bsn", "voornaam", "achternaam", "geboortedatum"),
                put("onbekend veld", "/personen/F-x1", PERSOON.formatted(VRIJ).replace("}", ", \"leeftijd\": 9}"), 400, "leeftijd"),
                put("onmogelijke datum", "/personen/F-x1", PERSOON.formatted(VRIJ).replace("1990-05-01", "2023-02-29"), 400,
                        "geboortedatum"),
                put("datum in een andere vorm", "/personen/F-x1", PERSOON.formatted(VRIJ).replace("1990-05-01", "01-05-1990"),
                        400, "geboortedatum"),
                put("bsn zonder elfproef", "/personen/F-x1", PERSOON.formatted("123456789"), 400, "bsn"),
                put("alles tegelijk", "/personen/F-x1", "{\"bsn\": \"12\", \"voornaam\": \"\", \"geboortedatum\": \"2020-13-01\","
                        + " \"kleur\": \"rood\"}", 400, "kleur", "bsn", "voornaam", "achternaam", "geboortedatum"),
                put("tot voor vanaf", "/relaties/F-x2", "{\"soort\": \"ouder\", \"persoon\": \"F-ouder\", \"kind\": \"F-kind\","
                        + " \"gezag\": true, \"vanaf\": \"2020-01-02\", \"tot\": \"2020-01-01\"}", 400, "tot"),
                put("onbekende relatiesoort en geen boolean", "/relaties/F-x2", "{\"soort\": \"oma\", \"persoon\": \"F-ouder\","
                        + " \"kind\": \"F-kind\", \"gezag\": \"ja\", \"vanaf\": \"2020-01-02\"}", 400, "soort", "gezag"),
                put("minderjarige krijgt gezag", "/relaties/F-x2", "{\"soort\": \"ouder\", \"persoon\": \"F-tiener\","
                        + " \"kind\": \"F-kind\", \"gezag\": true, \"vanaf\": \"" + VANDAAG + "\"}", 400, "gezag"),
                put("relatie met onbekende personen", "/relaties/F-x2", "{\"soort\": \"ouder\", \"persoon\": \"P-nooit\","
                        + " \"kind\": \"K-nooit\", \"gezag\": false, \"vanaf\": \"2020-01-02\"}", 422, "persoon", "kind"),
                put("wilsonbekwaamheid van onbekende", "/wilsonbekwaamheden/F-x3", "{\"persoon\": \"P-nooit\", \"vanaf\": \"2020-01-02\"}",
                        422, "persoon"),
                put("dossier met onbekende jeugdbeschermer", "/dossiers/F-x4", "{\"kind\": \"F-tiener\", \"jeugdbeschermer\": \"M-nooit\","
                        + " \"geopend\": \"2020-01-02\"}", 422, "jeugdbeschermer"),
                put("tweede dossier voor hetzelfde kind", "/dossiers/F-x4", "{\"kind\": \"F-kind\", \"jeugdbeschermer\": \"F-jb\","
                        + " \"geopend\": \"2020-01-02\"}", 409, "kind"),
                put("stuk over niemand en onbekende soort", stuk + "S9", "{\"datum\": \"2026-01-01\", \"soort\": \"MEMO\","
                        + " \"auteur\": \"Jip\", \"titel\": \"T\", \"tekst\": \"T\", \"over\": []}", 400, "soort", "over"),
                put("stuk over onbekende persoon", stuk + "S9", "{\"datum\": \"2026-01-01\", \"soort\": \"BRIEF\", \"auteur\": \"Jip\","
                        + " \"titel\": \"T\", \"tekst\": \"T\", \"over\": [\"F-kind\", \"P-nooit\"]}", 422, "over[1]"),
                put("deel over iemand buiten het stuk", stuk + "S9", "{\"datum\": \"2026-01-01\", \"soort\": \"BRIEF\", \"auteur\": \"Jip\","
                        + " \"titel\": \"T\", \"tekst\": \"T\", \"over\": [\"F-kind\"], \"delen\": [{\"tekst\": \"D\","
                        + " \"over\": [\"F-ouder\"]}, {\"tekst\": \"E\", \"over\": [\"F-kind\"]}]}", 400, "delen[0].over"),
                put("deel zonder tekst", stuk + "S9", "{\"datum\": \"2026-01-01\", \"soort\": \"BRIEF\", \"auteur\": \"Jip\","
                        + " \"titel\": \"T\", \"tekst\": \"T\", \"over\": [\"F-kind\"], \"delen\": [{\"over\": [\"F-kind\"]}]}", 400,
                        "delen[0].tekst"),
                put("plan met fase 4 en een onbekende status", "/dossiers/F-dossier/plan", "{\"fase\": 4, \"status\": \"CONCEPT\","
                        + " \"watMoetVeranderen\": \"x\", \"voornemenEinde\": \"NOG_OPEN\", \"punten\": [{\"onderdeel\": \"VEILIGHEIDSPLAN\","
                        + " \"soort\": \"DOEL\", \"tekst\": \"x\", \"status\": \"KLAAR\"}]}", 400, "fase", "punten[0].status"),
                put("planpunt over een onbekende persoon", "/dossiers/F-dossier/plan", "{\"fase\": 1, \"status\": \"CONCEPT\","
                        + " \"watMoetVeranderen\": \"x\", \"voornemenEinde\": \"NOG_OPEN\", \"punten\": [{\"onderdeel\": \"VEILIGHEIDSPLAN\","
                        + " \"soort\": \"DOEL\", \"tekst\": \"x\", \"status\": \"BEZIG\", \"over\": [\"F-ouder\", \"P-nooit\"]}]}", 422,
                        "punten[0].over[1]"),
                put("plan van een onbekend dossier", "/dossiers/D-nooit/plan", "{\"fase\": 1, \"status\": \"CONCEPT\","
                        + " \"watMoetVeranderen\": \"x\", \"voornemenEinde\": \"NOG_OPEN\"}", 404),
                put("bsn van een ander", "/personen/F-x1", PERSOON.formatted(geldigBsn), 409, "bsn"),
                put("id met verboden tekens", "/personen/F%20x", PERSOON.formatted(VRIJ), 400, "{id}"),
                put("id te lang", "/personen/" + "x".repeat(65), PERSOON.formatted(VRIJ), 400, "{id}"),
                new Geval("If-Match klopt niet meer", "PUT", "/personen/F-ouder", PERSOON.formatted(VRIJ), "application/json",
                        "\"0000\"", 412, List.of()),
                new Geval("verkeerd content-type", "PUT", "/personen/F-x1", PERSOON.formatted(VRIJ), "text/plain", null, 415,
                        List.of()),
                new Geval("geen content-type", "PUT", "/personen/F-x1", PERSOON.formatted(VRIJ), null, null, 415, List.of()),
                put("te groot", "/personen/F-x1", "{\"voornaam\": \"" + "a".repeat(RegistratieResource.MAXIMUM_JSON) + "\"}", 413),
                new Geval("document zonder pdf", "PUT", stuk + "S1/document", "%PDX-1.7", "application/pdf", null, 400, List.of("$")),
                new Geval("document als json", "PUT", stuk + "S1/document", "{}", "application/json", null, 415, List.of()),
                new Geval("feed met kapotte na", "GET", "/gebeurtenissen?na=x&max=5000", null, null, null, 400, List.of("na", "max")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void foutIsEenProbleemEnSlaatNietsOp(Geval geval) {
        List<Long> voor = tellingen();
        String etagOuder = bron.get("/personen/F-ouder").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> antwoord = stuur(geval);

        assertEquals(geval.status(), antwoord.statusCode(), antwoord.body());
        assertEquals("application/problem+json", antwoord.headers().firstValue("Content-Type").orElse(""));
        JsonNode probleem = Bronsysteem.lees(antwoord);
        assertEquals(geval.status(), probleem.get("status").asInt());
        assertFalse(probleem.get("title").asText().isBlank());
        assertTrue(probleem.get("type").asText().startsWith("urn:jeugdportaal:registratie:"));
        List<String> velden = new ArrayList<>();
        probleem.path("fouten").forEach(f -> {
            velden.add(f.get("veld").asText());
            assertFalse(f.get("melding").asText().isBlank());
        });
        assertEquals(geval.velden().stream().sorted().toList(), velden.stream().sorted().toList(), antwoord.body());

        assertEquals(voor, tellingen(), "een geweigerde aanroep slaat niets op");
        assertEquals(etagOuder, bron.get("/personen/F-ouder").headers().firstValue("ETag").orElseThrow());
        assertEquals(404, bron.get("/personen/F-x1").statusCode());
    }

    private HttpResponse<String> stuur(Geval g) {
        if (g.methode().equals("GET")) {
            return bron.get(g.pad());
        }
        byte[] body = g.body().getBytes(StandardCharsets.UTF_8);
        if (g.ifMatch() != null) {
            return bron.put(g.pad(), g.body(), g.ifMatch());
        }
        return g.type() == null ? bron.put(g.pad(), body, null) : bron.put(g.pad(), body, g.type());
    }

    private static List<Long> tellingen() {
        return Database.lees(() -> List.of(Persoon.count(), Relatie.count(), Wilsonbekwaamheid.count(), Dossier.count(),
                Stuk.count(), StukDeel.count(), Plan.count(),
                AuditRegel.count("actie", Actie.REGISTRATIE_GEWIJZIGD)));
    }
}
