package nl.jeugdportaal.klacht;

import static nl.jeugdportaal.klacht.Klachtvoorbeeld.goed;
import static nl.jeugdportaal.klacht.Klachtvoorbeeld.stap;
import static nl.jeugdportaal.klacht.Klachtvoorbeeld.teLaat;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.testsupport.Antwoorden;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Datums;
import nl.jeugdportaal.web.Taal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Complaints through the pages, as the demo persons do it: filing, Stap 1 and 2, the KJMN, terms and figures. */
@QuarkusTest
class KlachtTest {
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    MockMailbox mailbox;
    @Inject
    EntityManager em;

    private static HttpResponse<String> dien(Inlogsessie sessie, long kind, String namens, String... velden) {
        String query = "?kind=" + kind + (namens == null ? "" : "&namens=" + namens);
        HttpResponse<String> formulier = sessie.open("/klachten/nieuw" + query);
        assertEquals(200, formulier.statusCode(), formulier.body());
        List<String> alles = new ArrayList<>(List.of(velden));
        alles.addAll(List.of("kind", String.valueOf(kind)));
        if (namens != null) {
            alles.addAll(List.of("namens", namens));
        }
        return sessie.verstuur(formulier, "/klachten/nieuw", alles.toArray(String[]::new));
    }

    private static long id(HttpResponse<String> pagina) {
        return Klachtvoorbeeld.id(pagina.uri());
    }

    /** A staff form on the complaint page, posted with that page's CSRF token. */
    private static HttpResponse<String> registreer(Inlogsessie medewerker, long klacht, String actie, String... velden) {
        HttpResponse<String> pagina = medewerker.open("/klachten/" + klacht);
        assertEquals(200, pagina.statusCode(), pagina.body());
        return medewerker.verstuur(pagina, "/klachten/" + klacht + "/" + actie, velden);
    }

    /** The page's text, without the space a closing tag leaves before a full stop. */
    private static String tekst(HttpResponse<String> pagina) {
        return Html.tekst(pagina.body()).replaceAll(" ([.,:])", "$1");
    }

    private static long klachten() {
        return Database.lees(() -> Klacht.count());
    }

    @Test
    void stap1DanStap2DanKjmnTotDeInstellingsreactieMetElkeTermijn() throws IOException {
        long noor = Database.id("Noor");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> pagina = dien(sanne, noor, null, goed("STAP1", "andereJeugdbeschermer", "ja"));
        long klacht = id(pagina);
        assertTrue(tekst(pagina).contains("Uitnodiging voor het klachtgesprek (stap 1)"), tekst(pagina));
        assertTrue(Database.auditRegels(Actie.KLACHT_INGEDIEND, Database.id("Sanne"), Database.id("Sanne")) > 0, "gelogd");
        assertTrue(mailbox.getMailsSentTo("sanne@demo.jeugdportaal.nl").stream()
                .anyMatch(m -> m.getText().contains("nieuws over een klacht") && !m.getText().contains("teruggebeld")),
                "een e-mail zonder inhoud van de klacht");

        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        LocalDate gesprek1 = VANDAAG.minusDays(3);
        registreer(joost, klacht, "gesprek", "uitgenodigdOp", VANDAAG.minusDays(10).toString(), "datum", gesprek1.toString(),
                "deelnemers", "Sanne, Femke (vertrouwenspersoon) en Joost");
        pagina = sanne.open("/klachten/" + klacht);
        assertTrue(tekst(pagina).contains(stap("Verslag van het gesprek", "GI", gesprek1.plusWeeks(2))), tekst(pagina));
        registreer(joost, klacht, "verslag", "stap", "1", "verslag", "We spraken over het terugbellen.");
        pagina = sanne.open("/klachten/" + klacht);
        pagina = sanne.verstuur(pagina, "/klachten/" + klacht + "/klopt-het", "stap", "1", "klopt", "nee",
                "reactie", "Het rapport is niet besproken.");
        assertTrue(tekst(pagina).contains("Het rapport is niet besproken."));
        registreer(joost, klacht, "verslag", "stap", "1", "verslag", "We spraken over het terugbellen en over het rapport.");
        registreer(joost, klacht, "afspraak", "stap", "1", "wat", "Joost belt elke week op maandag.", "eigenaar", "Joost",
                "uiterlijk", VANDAAG.plusDays(7).toString());
        registreer(joost, klacht, "andere-jeugdbeschermer", "besluit", "AFGEWEZEN", "motivatie", "Joost blijft, met vaste belafspraken.");
        pagina = registreer(joost, klacht, "uitkomst", "stap", "1", "uitkomst", "NIET_OPGELOST", "volgendeStap",
                "Een klachtgesprek met de leidinggevende.");
        String t = tekst(pagina);
        assertTrue(t.contains("Verbeterd verslag"), t);
        assertTrue(t.contains("Joost belt elke week op maandag."), t);

        pagina = sanne.open("/klachten/" + klacht);
        t = tekst(pagina);
        assertTrue(t.contains("Nee, de jeugdbeschermer blijft") && t.contains("Joost blijft, met vaste belafspraken."), t);
        pagina = sanne.verstuur(pagina, "/klachten/" + klacht + "/verder");
        assertTrue(tekst(pagina).contains("Stap 2: een klachtgesprek met de leidinggevende"));

        Inlogsessie karin = Inlogsessie.als(Portaal.URL, "karin");
        LocalDate gesprek2 = VANDAAG.minusDays(1);
        registreer(karin, klacht, "gesprek", "uitgenodigdOp", VANDAAG.minusDays(8).toString(), "datum", gesprek2.toString(),
                "deelnemers", "Sanne, Karin, Joost en een notulist");
        registreer(karin, klacht, "verslag", "stap", "2", "verslag", "Karin en Sanne spraken over het rapport.");
        registreer(karin, klacht, "uitkomst", "stap", "2", "uitkomst", "DEELS", "volgendeStap", "De KJMN.");
        pagina = sanne.open("/klachten/" + klacht);
        assertTrue(tekst(pagina).contains("Uiterlijk: " + Datums.lang(gesprek2.plusWeeks(2))), tekst(pagina));
        pagina = sanne.verstuur(pagina, "/klachten/" + klacht + "/verder");
        t = tekst(pagina);
        assertTrue(t.contains("Klacht naar de KJMN sturen. Wie: Klager.") && !t.contains("Klacht naar de KJMN gestuurd"),
                "not sent until the client says so: " + t);
        pagina = sanne.verstuur(pagina, "/klachten/" + klacht + "/naar-kjmn", "datum", VANDAAG.toString());
        t = tekst(pagina);
        assertTrue(t.contains(stap("De KJMN bevestigt dat zij de klacht heeft", "KJMN", VANDAAG.plusWeeks(1))), t);
        assertTrue(t.contains(stap("De KJMN kijkt of de klacht compleet is", "KJMN", VANDAAG.plusWeeks(2))), t);

        HttpResponse<byte[]> pdf = sanne.bytes("/klachten/" + klacht + "/kjmn.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String inhoud = new PDFTextStripper().getText(document);
            assertTrue(inhoud.contains("Ik werd niet teruggebeld."), inhoud);
            assertTrue(inhoud.contains("Stap 1: klachtgesprek") && inhoud.contains("Stap 2: klachtgesprek"), inhoud);
            assertTrue(inhoud.contains("06 1234 5601"), "contactgegevens van de klager");
            // A tagged PDF/UA document: a screen reader follows its structure, in Dutch, with its title (issue 15).
            var catalogus = document.getDocumentCatalog();
            assertTrue(catalogus.getMarkInfo() != null && catalogus.getMarkInfo().isMarked(), "tagged");
            assertNotNull(catalogus.getStructureTreeRoot(), "a structure tree");
            assertEquals("nl", catalogus.getLanguage());
            assertTrue(new String(catalogus.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("pdfuaid"), "it says it is PDF/UA");
            assertEquals("Klacht voor de Klachtencommissie Jeugd Midden-Nederland (KJMN)", document.getDocumentInformation().getTitle());
            // The page number sits in the footer's margin box, so the text comes out as "Pagina  van 1 2".
            assertTrue(inhoud.contains("SAVE Jeugdbescherming · Jeugdportaal") && inhoud.contains("Pagina  van 1 " + document.getNumberOfPages()),
                    "letterhead and page numbers: " + inhoud);
            assertTrue(inhoud.contains("klachtencommissiejeugdmn.nl"), "how to send it");
        }
        assertEquals(404, Inlogsessie.als(Portaal.URL, "mark").bytes("/klachten/" + klacht + "/kjmn.pdf").statusCode());

        registreer(karin, klacht, "kjmn", "mijlpaal", "ontvangen", "datum", VANDAAG.toString());
        registreer(karin, klacht, "kjmn", "mijlpaal", "intern-van", "datum", VANDAAG.toString());
        pagina = sanne.open("/klachten/" + klacht);
        assertTrue(tekst(pagina).contains("Intern gesprek. De KJMN wacht zolang"), tekst(pagina));
        registreer(karin, klacht, "kjmn", "mijlpaal", "hoorzitting", "datum", VANDAAG.plusWeeks(6).toString());
        LocalDate uitspraak = VANDAAG.minusDays(2);
        registreer(karin, klacht, "uitspraak", "datum", uitspraak.toString(), "uitspraak", "GEGROND", "uitspraak", "ONGEGROND");
        pagina = sanne.open("/klachten/" + klacht);
        assertTrue(tekst(pagina).contains(stap("Reactie van de GI op de uitspraak", "GI", uitspraak.plusMonths(1))),
                tekst(pagina));

        // Incomplete: the gegrond part has no measure. Refused, the text kept, nothing saved.
        HttpResponse<String> onvolledig = registreer(karin, klacht, "instellingsreactie", "overgenomen", "ja",
                "overgenomen", "", "maatregel", "", "maatregel", "", "reactie", "Wij nemen het over.");
        assertEquals(400, onvolledig.statusCode());
        assertTrue(tekst(onvolledig).contains("Schrijf welke maatregel volgt uit punt 1"), tekst(onvolledig));
        assertTrue(onvolledig.body().contains(">Wij nemen het over.</textarea>"), "de tekst blijft staan");
        assertNull(Database.lees(() -> Klacht.<Klacht>findById(klacht).reactieOp), "niets half opgeslagen");
        assertTrue(Database.lees(() -> nl.jeugdportaal.audit.AuditRegel.count("actie", Actie.INSTELLINGSREACTIE_GEWEIGERD)) > 0);

        pagina = registreer(karin, klacht, "instellingsreactie", "overgenomen", "ja", "overgenomen", "",
                "maatregel", "Joost belt voortaan binnen een dag terug.", "maatregel", "", "reactie", "Wij nemen de uitspraak over.");
        assertEquals(200, pagina.statusCode(), tekst(pagina));
        pagina = sanne.open("/klachten/" + klacht);
        t = tekst(pagina);
        assertTrue(t.contains("Afgerond op " + Datums.lang(VANDAAG)), t);
        assertTrue(t.contains("Wat we doen: Joost belt voortaan binnen een dag terug."), t);
    }

    /**
     * A parent and staff who chose English read the complaint, its timeline, the list and the figures
     * in English; what people typed stays as typed, marked Dutch. The inbox messages are written in
     * both languages and leave what people typed on the complaint page; the JSON API stays Dutch.
     */
    @Test
    void wieEngelsKiestLeestDeKlachtInHetEngels() {
        long noor = Database.id("Noor");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne").inHetEngels();
        HttpResponse<String> fout = dien(sanne, noor, null, "tekst", "Hij belt niet terug.", "onderdelen", "");
        assertEquals(400, fout.statusCode());
        String t = tekst(fout);
        assertTrue(t.contains("Please choose one of the three steps.") && t.contains("Choose who is making the complaint"), t);
        assertTrue(t.contains("Please fill in this field."), t);
        assertTrue(fout.body().contains(">Hij belt niet terug.</textarea>"), "de tekst blijft staan");

        long klacht = id(dien(sanne, noor, null, goed("STAP1", "andereJeugdbeschermer", "ja")));
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost").inHetEngels();
        registreer(joost, klacht, "gesprek", "uitgenodigdOp", VANDAAG.minusDays(5).toString(), "datum",
                VANDAAG.minusDays(1).toString(), "deelnemers", "Sanne en Joost");
        registreer(joost, klacht, "afspraak", "stap", "1", "wat", "Joost belt elke week met Sanne.", "eigenaar", "Joost",
                "uiterlijk", VANDAAG.plusDays(7).toString());
        HttpResponse<String> pagina = sanne.open("/klachten/" + klacht);
        t = tekst(pagina);
        assertTrue(t.contains("Report of the meeting. Who: GI. Due: " + Taal.EN.datum(VANDAAG.minusDays(1).plusWeeks(2)) + "."), t);
        assertTrue(t.contains("Agreement: Joost belt elke week met Sanne."), t);
        for (HttpResponse<String> engels : List.of(pagina, joost.open("/klachten/" + klacht), sanne.open("/klachten"),
                joost.open("/klachten"), Inlogsessie.als(Portaal.URL, "karin").inHetEngels().open("/klachten/leren"))) {
            assertEquals(200, engels.statusCode(), engels.uri().toString());
            assertEquals(List.of(), nl.jeugdportaal.kwaliteit.EngelsTest.nederlandsOpDePagina(engels.body()),
                    engels.uri().toString());
        }

        String berichten = tekst(sanne.open("/berichten"));
        assertTrue(berichten.contains("We have received the complaint. The chosen step is: Step 1: talk with the jeugdbeschermer."),
                berichten);
        assertTrue(berichten.contains("There is a new agreement.") && !berichten.contains("belt elke week"),
                "wat iemand typte staat bij de klacht, niet in een Engelse zin: " + berichten);
        assertTrue(tekst(Inlogsessie.als(Portaal.URL, "sanne").open("/berichten")).contains(
                "We hebben de klacht ontvangen. De gekozen stap is: Stap 1: praten met de jeugdbeschermer."));
        String json = sanne.open("/api/klachten/" + klacht).body();
        assertTrue(json.contains("\"titel\":\"Afspraak: Joost belt elke week met Sanne.\"") && !json.contains("afspraak\""), json);
    }

    @Test
    void directNaarDeKjmn() {
        long daan = Database.id("Daan");
        Inlogsessie linda = Inlogsessie.als(Portaal.URL, "linda");
        HttpResponse<String> pagina = dien(linda, daan, null, goed("KJMN"));
        long klacht = id(pagina);
        String t = tekst(pagina);
        assertTrue(t.contains("Klacht naar de KJMN sturen") && t.contains("klachtencommissiejeugdmn.nl"), t);
        assertFalse(t.contains("klachtgesprek (stap 1)"), t);
        assertFalse(t.contains("De KJMN bevestigt dat zij de klacht heeft. Wie: KJMN. Uiterlijk"), "no term before it is sent: " + t);
        assertEquals(400, linda.verstuur(pagina, "/klachten/" + klacht + "/naar-kjmn", "datum",
                VANDAAG.plusDays(1).toString()).statusCode(), "not sent in the future");
        pagina = linda.verstuur(linda.open("/klachten/" + klacht), "/klachten/" + klacht + "/naar-kjmn", "datum",
                VANDAAG.toString());
        t = tekst(pagina);
        assertTrue(t.contains("Klacht naar de KJMN gestuurd"), t);
        assertTrue(t.contains(stap("De KJMN bevestigt dat zij de klacht heeft", "KJMN", VANDAAG.plusWeeks(1))), t);
        assertEquals(200, linda.bytes("/klachten/" + klacht + "/kjmn.pdf").statusCode());
        HttpResponse<String> json = linda.open("/api/klachten/" + klacht);
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"tijdlijn\"") && json.body().contains("Klacht naar de KJMN gestuurd"), json.body());
        assertEquals(404, Inlogsessie.als(Portaal.URL, "mark").open("/api/klachten/" + klacht).statusCode());
        assertTrue(tekst(linda.open("/berichten")).contains("klacht ontvangen"), "een bericht in het portaal");
        assertEquals(200, Inlogsessie.als(Portaal.URL, "joost").open("/klachten/" + klacht).statusCode());
        assertEquals(404, Inlogsessie.als(Portaal.URL, "aisha").open("/klachten/" + klacht).statusCode(),
                "niet de jeugdbeschermer van Daan");
    }

    @Test
    void daanVanVeertienDientZelfEenKlachtIn() {
        long daan = Database.id("Daan");
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "daan");
        HttpResponse<String> formulier = sessie.open("/klachten/nieuw?kind=" + daan);
        assertTrue(Html.heeftWoord(tekst(formulier), "je"));
        assertFalse(formulier.body().contains("name=\"klager\""), "een jeugdige hoeft niet te kiezen wie klaagt");
        long klacht = id(dien(sessie, daan, null, goed("STAP1")));
        assertEquals("JEUGDIGE", Database.lees(() -> Klacht.<Klacht>findById(klacht).klagerSoort.name()));
        assertTrue(tekst(sessie.open("/klachten")).contains("Klacht " + klacht));
    }

    @Test
    void vertrouwenspersoonAlleenMetEenGeldigeMachtiging() {
        long noor = Database.id("Noor");
        long sanne = Database.id("Sanne");
        Inlogsessie femke = Inlogsessie.als(Portaal.URL, "femke");
        HttpResponse<String> pagina = dien(femke, noor, String.valueOf(sanne), goed("STAP2"));
        long klacht = id(pagina);
        assertTrue(pagina.uri().toString().contains("namens=" + sanne));
        Klacht k = Database.lees(() -> Klacht.<Klacht>find("select k from Klacht k join fetch k.klager join fetch k.indiener where k.id = ?1", klacht).singleResult());
        assertEquals(sanne, k.klager.id);
        assertEquals(Database.id("Femke"), k.indiener.id);
        assertTrue(tekst(Inlogsessie.als(Portaal.URL, "sanne").open("/klachten")).contains("Klacht " + klacht),
                "de klacht staat op naam van Sanne");

        long voor = klachten();
        long linda = Database.id("Linda");
        assertEquals(404, femke.open("/klachten/nieuw?kind=" + Database.id("Daan") + "&namens=" + linda).statusCode());
        HttpResponse<String> vals = femke.post("/klachten/nieuw", java.util.Map.of("kind", String.valueOf(noor),
                "namens", String.valueOf(Database.id("Mark")), "tekst", "x", "onderdelen", "x", "aard", "OVERIG",
                "route", "KJMN", "ondersteuning", "GEEN", "klager", "VADER"));
        assertEquals(404, vals.statusCode(), "een vervalste namens krijgt niets");
        assertEquals(voor, klachten());
        assertEquals(404, femke.open("/klachten/" + klacht + "?namens=" + linda).statusCode());
    }

    @Test
    void slechteInvoerKrijgtEenBerichtBijHetVeldEnNietsWordtOpgeslagen() {
        long noor = Database.id("Noor");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long voor = klachten();
        HttpResponse<String> leeg = dien(sanne, noor, null, "tekst", "", "onderdelen", "");
        assertEquals(400, leeg.statusCode());
        assertTrue(leeg.body().contains("id=\"fout-tekst\""));
        assertTrue(leeg.body().contains("id=\"fout-route\""));
        assertTrue(leeg.body().contains("id=\"fout-klager\""));

        String lang = "a".repeat(100_000);
        HttpResponse<String> teLang = dien(sanne, noor, null, goed("STAP1", "tekst", lang));
        assertEquals(400, teLang.statusCode());
        assertTrue(tekst(teLang).contains("Uw tekst is te lang"));
        assertTrue(teLang.body().contains(lang), "de tekst blijft staan");

        HttpResponse<String> code = dien(sanne, noor, null, "tekst", "<script>alert(1)</script>",
                "onderdelen", "<img src=x onerror=alert(1)>", "aard", "BEJEGENING", "route", "STAP1",
                "ondersteuning", "GEEN", "klager", "MOEDER");
        assertEquals(400, code.statusCode());
        assertTrue(code.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "getoond, niet uitgevoerd");
        assertFalse(code.body().contains("<script>alert(1)"));
        assertTrue(tekst(code).contains("computercode"));

        HttpResponse<String> teVeel = dien(sanne, noor, null, goed("STAP1", "onderdelen", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk"));
        assertEquals(400, teVeel.statusCode());
        assertTrue(tekst(teVeel).contains("Dit zijn 11 punten"));
        assertEquals(voor, klachten(), "niets opgeslagen");

        HttpResponse<String> zonderToken = sanne.postZonderToken("/klachten/nieuw", java.util.Map.of("kind", String.valueOf(noor),
                "tekst", "x", "onderdelen", "x", "aard", "OVERIG", "route", "KJMN", "ondersteuning", "GEEN", "klager", "MOEDER"));
        assertTrue(zonderToken.statusCode() >= 400 && zonderToken.statusCode() < 500, "zonder CSRF-token geweigerd");
        assertEquals(voor, klachten());

        long klacht = id(dien(sanne, noor, null, goed("STAP1")));
        HttpResponse<String> datum = registreer(Inlogsessie.als(Portaal.URL, "joost"), klacht, "gesprek",
                "uitgenodigdOp", "gisteren", "datum", "", "deelnemers", "<b>Joost</b>");
        assertEquals(400, datum.statusCode());
        assertTrue(datum.body().contains("id=\"fout-g-uitgenodigdOp\"") && datum.body().contains("id=\"fout-g-deelnemers\""));
        assertTrue(datum.body().contains("&lt;b&gt;Joost&lt;/b&gt;"));
        assertEquals(0L, Database.lees(() -> Klachtgesprek.count("klacht.id", klacht)));
        Inlogsessie aisha = Inlogsessie.als(Portaal.URL, "aisha");
        assertEquals(404, aisha.open("/klachten/" + klacht).statusCode(), "niet de jeugdbeschermer van Noor");
        // A form page of her own (a demo complaint on her dossiers) gives her a valid CSRF token.
        long eigen = Database.lees(() -> Klacht.<Klacht>find("dossier.jeugdbeschermer.voornaam", "Aisha").firstResult().id);
        assertEquals(200, aisha.open("/klachten/" + eigen).statusCode());
        assertEquals(404, aisha.post("/klachten/" + klacht + "/gesprek", java.util.Map.of("uitgenodigdOp",
                VANDAAG.toString(), "datum", VANDAAG.toString(), "deelnemers", "Aisha")).statusCode());
        assertEquals(0L, Database.lees(() -> Klachtgesprek.count("klacht.id", klacht)));
    }

    /** Every staff step has an address of its own: a step that does not exist, or an id that is not a number, names nothing. */
    @Test
    void eenOnbekendeStapOfEenIdDatGeenGetalIsWordtNietGevonden() {
        long klacht = id(dien(Inlogsessie.als(Portaal.URL, "sanne"), Database.id("Noor"), null, goed("STAP1")));
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        assertEquals(200, joost.open("/klachten/" + klacht).statusCode());
        java.util.Map<String, String> gesprek = java.util.Map.of("uitgenodigdOp", VANDAAG.toString(), "datum",
                VANDAAG.toString(), "deelnemers", "Joost");
        assertEquals(404, joost.post("/klachten/" + klacht + "/verwijderen", gesprek).statusCode());
        assertEquals(404, joost.post("/klachten/" + klacht + "x/gesprek", gesprek).statusCode());
        assertEquals(0L, Database.lees(() -> Klachtgesprek.count("klacht.id", klacht)), "niets opgeslagen");
        assertEquals(200, joost.post("/klachten/" + klacht + "/gesprek", gesprek).statusCode(), "de stap zelf bestaat wel");
        assertEquals(1L, Database.lees(() -> Klachtgesprek.count("klacht.id", klacht)));
    }

    @Test
    void teLaatVerslagEnTeLateInstellingsreactieZienKlantEnLeidinggevende() {
        long noor = Database.id("Noor");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        Inlogsessie karin = Inlogsessie.als(Portaal.URL, "karin");

        long laatVerslag = id(dien(sanne, noor, null, goed("STAP1")));
        registreer(joost, laatVerslag, "gesprek", "uitgenodigdOp", VANDAAG.minusDays(25).toString(),
                "datum", VANDAAG.minusDays(20).toString(), "deelnemers", "Sanne en Joost");
        String klant = tekst(sanne.open("/klachten/" + laatVerslag));
        assertTrue(klant.contains(teLaat("Verslag van het gesprek", "GI", VANDAAG.minusDays(6))), klant);
        assertTrue(klant.contains("Dit had al klaar moeten zijn"), klant);
        assertTrue(rij(karin.open("/klachten"), laatVerslag).contains("Te laat"), "de leidinggevende ziet het");

        long laatReactie = id(dien(sanne, noor, null, goed("KJMN")));
        registreer(karin, laatReactie, "uitspraak", "datum", VANDAAG.minusMonths(2).toString(), "uitspraak", "GEGROND",
                "uitspraak", "DEELS_GEGROND");
        klant = tekst(sanne.open("/klachten/" + laatReactie));
        assertTrue(klant.contains(teLaat("Reactie van de GI op de uitspraak", "GI", VANDAAG.minusMonths(2).plusMonths(1))), klant);
        assertTrue(rij(karin.open("/klachten"), laatReactie).contains("Te laat"));
        assertTrue(rij(joost.open("/klachten"), laatReactie).contains("Te laat"), "en de jeugdbeschermer op het dossier");
    }

    /**
     * Noor's case is Joost's, in Karin's team; Sem's case is Aisha's, in Mirjam's team. Each
     * leidinggevende lists, opens and registers only her own team's complaints; another team's
     * complaint is as unknown as an id that does not exist, and the attempt is logged. The FG looks
     * on at every case, registers nothing.
     */
    @Test
    void eenLeidinggevendeZietEnBehandeltAlleenDeKlachtenVanHaarTeam() {
        long vanNoor = id(dien(Inlogsessie.als(Portaal.URL, "sanne"), Database.id("Noor"), null, goed("STAP2")));
        long vanSem = id(dien(Inlogsessie.als(Portaal.URL, "petra"), Database.id("Sem"), null, goed("STAP2")));
        Inlogsessie karin = Inlogsessie.als(Portaal.URL, "karin");
        Inlogsessie mirjam = Inlogsessie.als(Portaal.URL, "mirjam");
        Inlogsessie peter = Inlogsessie.als(Portaal.URL, "peter");

        assertTrue(rij(karin.open("/klachten"), vanNoor).contains("Noor de Vries"));
        assertFalse(inLijst(karin.open("/klachten"), vanSem), "niet van Karins team");
        HttpResponse<String> lijst = mirjam.open("/klachten");
        assertTrue(tekst(lijst).contains("Open klachten van het team"), tekst(lijst));
        assertTrue(rij(lijst, vanSem).contains("Sem Jansen"));
        assertFalse(inLijst(lijst, vanNoor), "niet van Mirjams team");

        long geweigerd = Database.auditRegels(Actie.KLACHT_NIET_GEOPEND, Database.id("Mirjam"), Database.id("Sanne"));
        Antwoorden.assertNietGevondenZonder(mirjam.open("/klachten/999999999"), List.of());
        Antwoorden.assertNietGevondenZonder(mirjam.open("/klachten/" + vanNoor), List.of("Sanne", "Noor", "teruggebeld"));
        // The text a reader sees: the language switch in the header links back to the address itself.
        assertEquals(tekst(mirjam.open("/klachten/999999999")), tekst(mirjam.open("/klachten/" + vanNoor)),
                "een klacht van een ander team is net zo onbekend als een id dat niet bestaat");
        assertEquals(404, mirjam.open("/api/klachten/" + vanNoor).statusCode());
        // A page of her own gives her a valid CSRF token; the step on the other team's complaint is still refused.
        registreer(mirjam, vanSem, "gesprek", "uitgenodigdOp", VANDAAG.minusDays(3).toString(), "datum", VANDAAG.toString(),
                "deelnemers", "Petra, Mirjam, Aisha en een notulist");
        assertEquals(1L, Database.lees(() -> Klachtgesprek.count("klacht.id", vanSem)), "haar eigen team: vastgelegd");
        assertEquals(404, mirjam.post("/klachten/" + vanNoor + "/gesprek", java.util.Map.of("uitgenodigdOp",
                VANDAAG.toString(), "datum", VANDAAG.toString(), "deelnemers", "Mirjam")).statusCode());
        assertEquals(0L, Database.lees(() -> Klachtgesprek.count("klacht.id", vanNoor)), "niets opgeslagen");
        assertEquals(geweigerd + 4, Database.auditRegels(Actie.KLACHT_NIET_GEOPEND, Database.id("Mirjam"), Database.id("Sanne")),
                "elke poging staat in het log, met Sanne als betrokkene");
        assertEquals(404, karin.open("/klachten/" + vanSem).statusCode());

        HttpResponse<String> fg = peter.open("/klachten");
        assertTrue(tekst(fg).contains("Open klachten van alle teams") && inLijst(fg, vanNoor) && inLijst(fg, vanSem), tekst(fg));
        // Opening a complaint is a read about the family: Petra sees in her log that the FG looked.
        long bekeken = Database.auditRegels(Actie.KLACHT_BEKEKEN, Database.id("Peter"), Database.id("Petra"));
        assertEquals(200, peter.open("/klachten/" + vanSem).statusCode());
        assertEquals(bekeken + 1, Database.auditRegels(Actie.KLACHT_BEKEKEN, Database.id("Peter"), Database.id("Petra")));
        assertFalse(peter.open("/klachten/" + vanSem).body().contains("Stappen vastleggen"), "de FG kijkt mee");

        // The start page lists the team's cases, and the dossiers of another team do not open.
        String start = tekst(mirjam.open("/start"));
        assertTrue(start.contains("Sem Jansen") && start.contains("Lars Visser") && !start.contains("Noor de Vries"), start);
        Antwoorden.assertNietGevondenZonder(mirjam.open("/dossier/" + Database.id("Noor")), List.of("Noor"));
        assertEquals(200, karin.open("/dossier/" + Database.id("Noor")).statusCode());
    }

    private static boolean inLijst(HttpResponse<String> lijst, long klacht) {
        return lijst.body().contains("<a href=\"/klachten/" + klacht + "\">");
    }

    private static String rij(HttpResponse<String> lijst, long klacht) {
        Element link = Jsoup.parse(lijst.body()).selectFirst("tr a[href=/klachten/" + klacht + "]");
        assertNotNull(link, () -> "klacht " + klacht + " staat niet in de lijst:\n" + lijst.body());
        return link.closest("tr").text();
    }

    @Test
    void lerenVanKlachtenTeltWatDeDatabaseTelt() {
        Inlogsessie karin = Inlogsessie.als(Portaal.URL, "karin");
        HttpResponse<String> pagina = karin.open("/klachten/leren");
        assertEquals(200, pagina.statusCode(), pagina.body());
        LocalDate van = VANDAAG.minusYears(1).plusDays(1);
        for (String[] tabel : new String[][] {{"aard", "aard"}, {"maatregel", "maatregel"}, {"klager", "klager_soort"},
                {"ondersteuning", "ondersteuning"}}) {
            List<Object[]> rijen = Database.lees(() -> em.createNativeQuery("select " + tabel[1]
                    + ", count(*) from klacht where ingediend between ?1 and ?2 group by 1").setParameter(1, van)
                    .setParameter(2, VANDAAG).getResultList());
            long totaal = 0;
            String html = Jsoup.parse(pagina.body()).getElementById("tabel-" + tabel[0]).html();
            for (Object[] rij : rijen) {
                long aantal = ((Number) rij[1]).longValue();
                totaal += aantal;
                String label = Database.lees(() -> label(tabel[0], (String) rij[0]));
                assertTrue(Html.tekst(html).contains(label + " " + aantal), tabel[0] + ": " + label + " " + aantal + " in " + Html.tekst(html));
            }
            assertTrue(Html.tekst(html).contains("Totaal " + totaal), Html.tekst(html));
        }
        long onderdelenGegrond = Database.lees(() -> ((Number) em.createNativeQuery("select count(*) from klachtonderdeel o"
                + " join klacht k on k.id = o.klacht_id where o.uitspraak = 'GEGROND' and k.ingediend between ?1 and ?2")
                .setParameter(1, van).setParameter(2, VANDAAG).getSingleResult()).longValue());
        String uitspraken = Jsoup.parse(pagina.body()).getElementById("tabel-uitspraak").text();
        assertTrue(uitspraken.contains("Gegrond " + onderdelenGegrond), uitspraken);
        long anders = Database.lees(() -> ((Number) em.createNativeQuery("select count(*) from klacht where andere_jeugdbeschermer"
                + " and ingediend between ?1 and ?2").setParameter(1, van).setParameter(2, VANDAAG).getSingleResult()).longValue());
        assertTrue(tekst(pagina).contains("Vraag om een andere jeugdbeschermer: " + anders + " keer"), tekst(pagina));
        assertTrue(pagina.body().contains("<svg") && pagina.body().contains("role=\"img\"") && pagina.body().contains("<desc"));

        HttpResponse<String> csv = karin.open("/klachten/leren.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("\"Waar de klacht over ging\";Totaal;"), csv.body());
        assertTrue(csv.body().contains("Verzoek om een andere jeugdbeschermer;Aantal;" + anders));

        assertEquals(200, Inlogsessie.als(Portaal.URL, "peter").open("/klachten/leren").statusCode(), "de fg mag het zien");
        HttpResponse<String> anderTeam = Inlogsessie.als(Portaal.URL, "mirjam").open("/klachten/leren");
        assertEquals(tabellen(pagina), tabellen(anderTeam), "elke leidinggevende ziet de cijfers van de hele GI");
        assertEquals(403, Inlogsessie.als(Portaal.URL, "sanne").open("/klachten/leren").statusCode());
        assertEquals(403, Inlogsessie.als(Portaal.URL, "joost").open("/klachten/leren.csv").statusCode());
    }

    private static List<String> tabellen(HttpResponse<String> pagina) {
        return Html.alle(Pattern.compile("(?s)(<table.*?</table>)"), pagina.body());
    }

    private static String label(String tabel, String waarde) {
        KlachtTekst t = Taal.NL.bundel(KlachtTekst.class);
        return switch (tabel) {
            case "aard" -> t.aard(nl.jeugdportaal.klacht.regels.Aard.valueOf(waarde));
            case "maatregel" -> t.maatregelsoort(nl.jeugdportaal.klacht.regels.Maatregelsoort.valueOf(waarde));
            case "klager" -> t.klagersoort(nl.jeugdportaal.klacht.regels.Klagersoort.valueOf(waarde));
            default -> t.ondersteuning(nl.jeugdportaal.klacht.regels.Ondersteuning.valueOf(waarde));
        };
    }

    @Test
    void deDemoVolgtDeVerhoudingenVanDeKlachtenanalyse() {
        long klagers = Database.lees(() -> Klacht.count("klager.voornaam = 'Klager'"));
        assertEquals(123, klagers);
        assertEquals(104, Database.lees(() -> Klacht.count("klager.voornaam = 'Klager' and maatregel = ?1",
                nl.jeugdportaal.klacht.regels.Maatregelsoort.OTS)));
        assertEquals(82, Database.lees(() -> Klacht.count("klager.voornaam = 'Klager' and aard = ?1",
                nl.jeugdportaal.klacht.regels.Aard.BEJEGENING)));
        assertEquals(17, Database.lees(() -> Klacht.count("klager.voornaam = 'Klager' and andereJeugdbeschermer = true")));
    }
}
