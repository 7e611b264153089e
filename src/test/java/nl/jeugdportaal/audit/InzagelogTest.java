package nl.jeugdportaal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdportaal.inzage.StukSoort;
import nl.jeugdportaal.testsupport.Antwoorden;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Inzagelogpagina;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Sessies;
import org.junit.jupiter.api.Test;

/**
 * "Wie heeft mijn gegevens bekeken?" (DOMAIN.md §2.8): a client reads who looked at their data, a
 * parent with gezag also at their young child's, and nobody at anyone else's.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class InzagelogTest {
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    Demofeiten feiten;

    private static final Sessies SESSIES = new Sessies();

    @Test
    void moederZietDatDeJeugdbeschermerInHetDossierVanNoorKeek() {
        String noor = "/inzagelog?over=" + feiten.id("noor");
        // Sanne looks first, so that the newest rows are hers and Joost's rows can only come from his visit.
        bekijkDossier("sanne", "noor", StukSoort.GESPREKSVERSLAG);
        assertTrue(log("sanne", noor).rijen().get(0).wie().startsWith("Sanne de Vries"));

        bekijkDossier("joost", "noor", StukSoort.GESPREKSVERSLAG);
        Inzagelogpagina na = log("sanne", noor);

        long overNoor = feiten.stukken("noor", s -> s.soort() == StukSoort.GESPREKSVERSLAG && s.over().contains("noor"))
                .size();
        assertTrue(na.tekst().contains("Gegevens van Noor de Vries"), na.tekst());
        for (Inzagelogpagina.Rij rij : na.rijen().subList(0, (int) overNoor)) {
            assertEquals("Joost Mulder (jeugdbeschermer)", rij.wie());
            assertEquals("heeft een stuk bekeken", rij.wat());
            assertEquals("gezien", rij.uitkomst());
            assertTrue(rij.stuk().startsWith("Verslag van een gesprek van "), rij.stuk());
        }
        assertTrue(na.rijen().get((int) overNoor).wie().startsWith("Sanne de Vries"),
                "één regel per stuk over Noor, niet meer: " + na.rijen().get((int) overNoor));
    }

    @Test
    void jeugdigeZietWieStukkenOverHemBekeek() {
        bekijkDossier("daan", "daan", StukSoort.CONTACTMOMENT);
        assertTrue(log("daan", "/inzagelog").rijen().get(0).wie().startsWith("Daan Bakker"));

        bekijkDossier("linda", "daan", StukSoort.CONTACTMOMENT);
        Inzagelogpagina na = log("daan", "/inzagelog");

        assertTrue(na.tekst().contains("Wie heeft jouw gegevens bekeken?"), "Daan is 14: je-vorm");
        long overDaan = feiten.stukken("daan", s -> s.soort() == StukSoort.CONTACTMOMENT && s.over().contains("daan"))
                .size();
        assertTrue(overDaan > 0);
        for (Inzagelogpagina.Rij rij : na.rijen().subList(0, (int) overDaan)) {
            assertEquals("Linda Bakker (ouder)", rij.wie());
            assertEquals("heeft een stuk bekeken", rij.wat());
        }
        assertTrue(na.rijen().get((int) overDaan).wie().startsWith("Daan Bakker"),
                "het stuk dat alleen over Erik gaat, hoort niet in Daans log: " + na.rijen().get((int) overDaan));
    }

    @Test
    void wieEngelsKiestLeestDeLogInHetEngels() {
        bekijkDossier("linda", "daan", StukSoort.CONTACTMOMENT);
        Inzagelogpagina log = Inzagelogpagina.lees(Inlogsessie.als(Portaal.URL, "daan").inHetEngels().open("/inzagelog").body());

        assertTrue(log.tekst().contains("Who looked at your data?"), log.tekst());
        Inzagelogpagina.Rij rij = log.rijen().get(0);
        assertTrue(rij.wanneer().matches("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d\\d:\\d\\d"), rij.wanneer());
        assertEquals("Linda Bakker (parent)", rij.wie());
        assertEquals("looked at a document", rij.wat());
        assertTrue(rij.stuk().matches("Record of a contact from \\d{1,2} [A-Z][a-z]+ \\d{4}"), rij.stuk());
        assertEquals("seen", rij.uitkomst());
    }

    @Test
    void ouderZonderGezagKanNoorNietKiezen() {
        Long noor = feiten.id("noor");
        assertTrue(log("sanne", "/inzagelog").keuzes().stream().anyMatch(k -> k.persoonId().equals(noor)),
                "Sanne heeft gezag en kan Noor kiezen");

        Inzagelogpagina mark = log("mark", "/inzagelog");
        assertTrue(mark.tekst().contains("Gegevens van Mark Kramer"));
        assertFalse(mark.keuzes().stream().anyMatch(k -> k.persoonId().equals(noor)), "Mark heeft geen gezag (§2.4)");
        assertFalse(mark.tekst().contains("Noor"), mark.tekst());
        Antwoorden.assertNietGevondenZonder(SESSIES.van("mark").open("/inzagelog?over=" + noor), List.of("Noor"));
    }

    @Test
    void datumfilterLaatAlleenDiePeriodeZien() {
        bekijkDossier("joost", "noor", StukSoort.BESCHIKKING);
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        String noor = "/inzagelog?over=" + feiten.id("noor");

        assertTrue(log("sanne", noor + "&van=" + vandaag + "&tot=" + vandaag).rijen().stream()
                .anyMatch(r -> r.wie().startsWith("Joost Mulder")), "vandaag keek Joost");
        for (String periode : List.of("&tot=" + vandaag.minusDays(1), "&van=" + vandaag.plusDays(1),
                "&van=" + vandaag.minusDays(30) + "&tot=" + vandaag.minusDays(1))) {
            Inzagelogpagina pagina = log("sanne", noor + periode);
            assertEquals(List.of(), pagina.rijen(), periode);
            assertTrue(pagina.tekst().contains("In deze periode heeft niemand deze gegevens bekeken."), periode);
        }
    }

    @Test
    void onleesbareDatumGeeftEenMeldingEnGeenFoutpagina() {
        for (String datum : List.of("31-12-2025", "2025-02-30", "gisteren", "2025-13-01", "<b>1 mei</b>")) {
            for (String veld : List.of("van", "tot")) {
                HttpResponse<String> antwoord = SESSIES.van("sanne").open("/inzagelog?" + veld + "="
                        + URLEncoder.encode(datum, StandardCharsets.UTF_8));
                assertEquals(200, antwoord.statusCode(), () -> veld + "=" + datum + ":\n" + antwoord.body());
                assertTrue(antwoord.body().contains("Deze datum kunnen we niet lezen"), veld + "=" + datum);
                assertTrue(antwoord.body().contains("aria-invalid=\"true\""), "het veld is gemarkeerd voor voorleessoftware");
                assertFalse(antwoord.body().contains("<b>1 mei</b>"), "invoer komt niet als HTML terug");
            }
        }
    }

    private void bekijkDossier(String login, String kind, StukSoort soort) {
        HttpResponse<String> antwoord = SESSIES.van(login).open("/dossier/" + feiten.id(kind) + "?soort=" + soort.name());
        assertEquals(200, antwoord.statusCode());
    }

    private Inzagelogpagina log(String login, String pad) {
        HttpResponse<String> antwoord = SESSIES.van(login).open(pad);
        assertEquals(200, antwoord.statusCode(), () -> pad + ":\n" + antwoord.body());
        return Inzagelogpagina.lees(antwoord.body());
    }
}
