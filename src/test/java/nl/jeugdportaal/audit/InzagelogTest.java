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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.testsupport.Antwoorden;
import nl.jeugdportaal.testsupport.Auditregels;
import nl.jeugdportaal.testsupport.Database;
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
    @Inject
    Auditregels auditregels;

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
        // One line for Joost's page view (V80; it was a line per stuk), naming each stuk about Noor.
        Inzagelogpagina.Rij rij = na.rijen().get(0);
        assertEquals("Joost Mulder (jeugdbeschermer)", rij.wie());
        assertEquals("heeft het dossier bekeken", rij.wat());
        assertEquals("gezien", rij.uitkomst());
        assertEquals(overNoor, rij.stukken().size(), rij.stuk());
        for (String stuk : rij.stukken()) {
            assertTrue(stuk.startsWith("Verslag van een gesprek van "), stuk);
        }
        assertTrue(na.rijen().get(1).wie().startsWith("Sanne de Vries"),
                "één regel per bekeken pagina, niet meer: " + na.rijen().get(1));
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
        Inzagelogpagina.Rij rij = na.rijen().get(0);
        assertEquals("Linda Bakker (ouder)", rij.wie());
        assertEquals("heeft het dossier bekeken", rij.wat());
        assertEquals(overDaan, rij.stukken().size(),
                "het stuk dat alleen over Erik gaat, hoort niet in Daans log: " + rij.stuk());
        assertTrue(na.rijen().get(1).wie().startsWith("Daan Bakker"), "één regel per bekeken pagina: " + na.rijen().get(1));
    }

    @Test
    void wieEngelsKiestLeestDeLogInHetEngels() {
        bekijkDossier("linda", "daan", StukSoort.CONTACTMOMENT);
        Inzagelogpagina log = Inzagelogpagina.lees(Inlogsessie.als(Portaal.URL, "daan").inHetEngels().open("/inzagelog").body());

        assertTrue(log.tekst().contains("Who looked at your data?"), log.tekst());
        Inzagelogpagina.Rij rij = log.rijen().get(0);
        assertTrue(rij.wanneer().matches("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d\\d:\\d\\d"), rij.wanneer());
        assertEquals("Linda Bakker (parent)", rij.wie());
        assertEquals("looked at the file", rij.wat());
        assertFalse(rij.stukken().isEmpty());
        for (String stuk : rij.stukken()) {
            assertTrue(stuk.matches("Record of a contact from \\d{1,2} [A-Z][a-z]+ \\d{4}"), stuk);
        }
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

    @Test
    void dertigKeerHerladenDuwtGeenEerdereRegelUitHetLogVanDeAndereOuder() {
        // Erik reads the log of his son Daan: it gets a line each time Linda opens Daan's contactmomenten.
        // (Linda never sees Erik's own data, and a stuk refused on her page is not listed to Erik.)
        // First enough lines for more than one page, then every line is read, page by page.
        String daan = "/inzagelog?over=" + feiten.id("daan");
        String pagina = "/dossier/" + feiten.id("daan") + "?soort=" + StukSoort.CONTACTMOMENT.name();
        for (int i = 0; i < Auditzoeker.PER_PAGINA + 5; i++) {
            assertEquals(200, SESSIES.van("linda").open(pagina).statusCode());
        }
        List<Inzagelogpagina.Rij> voor = alleRegels("erik", daan);
        assertTrue(voor.size() > Auditzoeker.PER_PAGINA, "het log van Erik beslaat meer dan één pagina");

        for (int i = 0; i < 30; i++) {
            assertEquals(200, SESSIES.van("linda").open(pagina).statusCode());
        }
        List<Inzagelogpagina.Rij> na = alleRegels("erik", daan);

        assertEquals(voor.size() + 30, na.size(), "één regel per keer herladen, en geen regel minder");
        Map<Inzagelogpagina.Rij, Long> over = na.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        for (Map.Entry<Inzagelogpagina.Rij, Long> eerder : voor.stream()
                .collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet()) {
            assertTrue(over.getOrDefault(eerder.getKey(), 0L) >= eerder.getValue(), () -> "kwijt: " + eerder.getKey());
        }
    }

    @Test
    void eenVreemdeDieWerdGeweigerdStaatErZonderNaamIn() {
        // Ayşe, a parent of another family, tries Noor's id. Noor's side sees that someone tried, not who.
        assertEquals(404, SESSIES.van("ayse").open("/dossier/" + feiten.id("noor")).statusCode());
        Inzagelogpagina log = log("sanne", "/inzagelog?over=" + feiten.id("noor"));

        Inzagelogpagina.Rij rij = log.rijen().get(0);
        assertEquals("Iemand anders", rij.wie());
        assertEquals("mocht een dossier niet openen", rij.wat());
        assertEquals("geweigerd", rij.uitkomst());
        assertFalse(log.tekst().contains(feiten.naam("ayse")), log.tekst());
        assertFalse(log.tekst().contains("Ayşe"), log.tekst());
    }

    @Test
    void geweigerdeStukkenOpDePaginaVanEenAnderStaanAlleenBijDeFg() {
        // Mark (no gezag) opens Noor's dossier: he sees that stukken exist, all refused, many about Sanne.
        assertEquals(200, SESSIES.van("mark").open("/dossier/" + feiten.id("noor")).statusCode());

        Inzagelogpagina sanne = log("sanne", "/inzagelog");
        assertFalse(sanne.rijen().stream().anyMatch(r -> r.wie().startsWith("Mark Kramer")),
                "Sanne krijgt geen regel voor elk verborgen stuk op Marks pagina");

        HttpResponse<String> fg = SESSIES.van("peter").open("/inzagelog/zoeken?persoon=" + feiten.id("sanne")
                + "&actor=" + feiten.id("mark"));
        assertEquals(200, fg.statusCode(), fg.body());
        Inzagelogpagina zoek = Inzagelogpagina.lees(fg.body());
        assertTrue(zoek.tekst().contains("Regels over Sanne de Vries"), zoek.tekst());
        assertTrue(zoek.html().contains("Mark Kramer (ouder)"), "de FG ziet wie er keek");
        assertTrue(zoek.tekst().contains("Alleen geweigerd over: Sanne de Vries"), "en over wie alleen iets werd geweigerd");
        assertTrue(zoek.tekst().contains("(OZG)"), "en welke regel weigerde");

        for (String wie : List.of("sanne", "mark", "joost")) {
            assertEquals(404, SESSIES.van(wie).open("/inzagelog/zoeken?persoon=" + feiten.id("sanne")).statusCode(), wie);
        }
    }

    @Test
    void deFgZoektOokOpSystemenEnLegtHaarZoekvraagVast() {
        long voor = Database.auditRegels(Actie.AUDITLOG_DOORZOCHT, feiten.id("peter"), feiten.id("noor"));
        HttpResponse<String> fg = SESSIES.van("peter").open("/inzagelog/zoeken?client=bronsysteem&persoon="
                + feiten.id("noor"));
        assertEquals(200, fg.statusCode());
        assertTrue(fg.body().contains("Geen regels gevonden."), "geen systeem heeft hier iets gedaan");
        assertEquals(voor + 1, Database.auditRegels(Actie.AUDITLOG_DOORZOCHT, feiten.id("peter"), feiten.id("noor")));
    }

    @Test
    void periodeFilterTotOpHetUur() {
        bekijkDossier("joost", "noor", StukSoort.BESCHIKKING);
        ZonedDateTime toen = auditregels.regel(auditregels.hoogsteId()).tijdstip.atZone(NEDERLAND);
        LocalDate dag = toen.toLocalDate();
        int uur = toen.getHour();
        String noor = "/inzagelog?over=" + feiten.id("noor") + "&van=" + dag + "&tot=" + dag;

        assertTrue(log("sanne", noor + "&vanUur=" + uur + "&totUur=" + (uur + 1)).rijen().stream()
                .anyMatch(r -> r.wie().startsWith("Joost Mulder")), "in dit uur keek Joost");
        if (uur < 23) {
            assertTrue(log("sanne", noor + "&vanUur=" + (uur + 1)).rijen().stream()
                    .noneMatch(r -> r.wanneer().contains(" om " + String.format("%02d:", uur))), "niets uit het uur ervoor");
        }
        if (uur > 0) {
            assertTrue(log("sanne", noor + "&totUur=" + uur).rijen().stream()
                    .noneMatch(r -> r.wanneer().contains(" om " + String.format("%02d:", uur))), "tot het uur: niets uit dat uur");
        }
    }

    /** Every line of the log, following "Oudere regels" to the end. */
    private List<Inzagelogpagina.Rij> alleRegels(String login, String pad) {
        List<Inzagelogpagina.Rij> alle = new ArrayList<>();
        String volgende = pad;
        while (volgende != null) {
            Inzagelogpagina pagina = log(login, volgende);
            assertTrue(pagina.rijen().size() <= Auditzoeker.PER_PAGINA);
            alle.addAll(pagina.rijen());
            volgende = pagina.ouder();
        }
        return alle;
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
