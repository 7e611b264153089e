package nl.jeugdportaal.verzoek;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.web.Taal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each kind of request, filed by a demo person who may and refused for one who may not, through to the decision. */
@QuarkusTest
class VerzoekTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERZOEK_ID = Pattern.compile("/verzoeken/(\\d+)");

    @Inject
    MockMailbox mailbox;

    private static long persoon(String voornaam) {
        return Persoon.<Persoon>find("voornaam", voornaam).singleResult().id;
    }

    /** A stuk in Noor's dossier (other dossiers have stukken with the same title). */
    private static long stuk(String titel) {
        return Stuk.<Stuk>find("titel = ?1 and dossier.kind.voornaam = 'Noor'", titel).singleResult().id;
    }

    /** Straight from the database: the test's own session may still hold the stuk as it was. */
    private static String tekstVan(long stukId) {
        return Stuk.getEntityManager().createQuery("select s.tekst from Stuk s where s.id = :id", String.class)
                .setParameter("id", stukId).getSingleResult();
    }

    private static long noor() {
        return persoon("Noor");
    }

    /** Files a request from its form page; returns the page the portal answers with. */
    private static HttpResponse<String> dien(Inlogsessie sessie, String soort, String query, String... velden) {
        HttpResponse<String> formulier = sessie.open("/verzoeken/nieuw/" + soort + "?" + query);
        assertEquals(200, formulier.statusCode(), formulier.body());
        List<String> alles = new ArrayList<>(List.of(velden));
        alles.addAll(List.of("kind", query.replaceAll(".*kind=(\\d+).*", "$1")));
        Matcher namens = Pattern.compile("namens=(\\d+)").matcher(query);
        if (namens.find()) {
            alles.addAll(List.of("namens", namens.group(1)));
        }
        return sessie.verstuur(formulier, "/verzoeken/nieuw/" + soort, alles.toArray(String[]::new));
    }

    private static long id(HttpResponse<String> verzoekpagina) {
        Matcher m = VERZOEK_ID.matcher(verzoekpagina.uri().getPath());
        assertTrue(m.find(), () -> "geen verzoekpagina: " + verzoekpagina.uri() + "\n" + verzoekpagina.body());
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> beslis(String jeugdbeschermer, long verzoek, String... velden) {
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, jeugdbeschermer);
        HttpResponse<String> pagina = sessie.open("/verzoeken/" + verzoek);
        assertEquals(200, pagina.statusCode(), pagina.body());
        return sessie.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", velden);
    }

    // ---- berichten ------------------------------------------------------------------------------

    /** The message about a request, as the inbox of this session shows it. */
    private static Element bericht(Inlogsessie sessie, long verzoek) {
        Element link = Jsoup.parse(sessie.open("/berichten").body()).selectFirst("a[href=/verzoeken/" + verzoek + "]");
        assertNotNull(link, "een bericht over verzoek " + verzoek);
        return link.closest("li");
    }

    @Test
    void hetBerichtOverEenVerzoekVanEenOuderStaatInDeTaalVanDeLezer() {
        Inlogsessie engels = Inlogsessie.als(Portaal.URL, "sanne").inHetEngels();
        HttpResponse<String> ingediend = dien(engels, "kopie", "kind=" + noor(), "alles", "ja");
        assertEquals(200, ingediend.statusCode(), ingediend.body());
        assertTrue(Html.tekst(ingediend.body()).contains("Request: Copy of the file"), ingediend.body());
        long verzoek = id(ingediend);
        LocalDate uiterlijk = Verzoek.<Verzoek>findById(verzoek).uiterlijk;

        Element inHetEngels = bericht(engels, verzoek);
        assertEquals("request received", inHetEngels.selectFirst("h2").text());
        assertEquals("en", inHetEngels.selectFirst("h2").attr("lang"));
        assertTrue(inHetEngels.text().contains("We have received your request: copy of the file. We will answer by "
                + Taal.EN.datum(uiterlijk) + " at the latest."), inHetEngels.text());
        assertTrue(inHetEngels.text().contains("View the request"), inHetEngels.text());

        Element inHetNederlands = bericht(Inlogsessie.als(Portaal.URL, "sanne"), verzoek);
        assertEquals("verzoek ontvangen", inHetNederlands.selectFirst("h2").text());
        assertEquals("nl", inHetNederlands.selectFirst("h2").attr("lang"));
        assertTrue(inHetNederlands.text().contains("We hebben uw verzoek ontvangen: kopie van het dossier. "
                + "We antwoorden uiterlijk op " + Taal.NL.datum(uiterlijk) + "."), inHetNederlands.text());
        assertTrue(inHetNederlands.text().contains("Bekijk het verzoek"), inHetNederlands.text());
    }

    // ---- kopie ----------------------------------------------------------------------------------

    @Test
    void kopieBevatPreciesDeStukkenDieDeAanvragerMagZien() throws Exception {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> ingediend = dien(sanne, "kopie", "kind=" + noor(), "alles", "ja");
        assertEquals(200, ingediend.statusCode(), ingediend.body());
        assertTrue(ingediend.body().contains("In behandeling"));
        assertTrue(ingediend.body().contains("Antwoord uiterlijk op"));
        long verzoek = id(ingediend);
        assertEquals(404, sanne.bytes("/verzoeken/" + verzoek + "/kopie.pdf").statusCode(), "nog geen kopie voor het besluit");

        HttpResponse<String> besloten = beslis("joost", verzoek, "besluit", "TOEGEWEZEN", "motivatie",
                "U krijgt een kopie van alles wat u mag zien.");
        assertTrue(besloten.body().contains("Besluit: Toegewezen"), besloten.body());

        HttpResponse<byte[]> pdf = sanne.bytes("/verzoeken/" + verzoek + "/kopie.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        List<String> zichtbaar = titelsDieZichtbaarZijn("sanne", noor());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(zichtbaar.stream().sorted().toList(), bladwijzers(document).stream().sorted().toList());
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(tekst.contains("Voor: Sanne de Vries"), "voorblad: wie");
            assertTrue(tekst.contains("Kopie gemaakt op"), "voorblad: wanneer");
            assertTrue(tekst.contains("Stukken in deze kopie (" + zichtbaar.size() + ")"), "voorblad: wat");
            assertFalse(tekst.contains("Kennismaking met vader"), "een stuk over Mark mag Sanne niet zien");
        }
        assertTrue(AuditRegel.count("actie = ?1 and actorId = ?2", Actie.KOPIE_GEDOWNLOAD, persoon("Sanne")) > 0);

        // Only the requester downloads: the jeugdbeschermer and the other parent get nothing.
        assertEquals(404, Inlogsessie.als(Portaal.URL, "joost").bytes("/verzoeken/" + verzoek + "/kopie.pdf").statusCode());
        assertEquals(404, Inlogsessie.als(Portaal.URL, "mark").bytes("/verzoeken/" + verzoek + "/kopie.pdf").statusCode());
    }

    @Test
    void vanHetGesprekMetFemkeKrijgtSanneAlleenHaarEigenDeelInDeKopie() throws Exception {
        String titel = "Kennismaking met vertrouwenspersoon van moeder";
        long gesprek = stuk(titel);
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> formulier = sanne.open("/verzoeken/nieuw/kopie?kind=" + noor());
        assertNotNull(Jsoup.parse(formulier.body()).selectFirst("input[name=stukken][value=" + gesprek + "]"),
                "het stuk dat Sanne deels mag zien, kan zij kiezen voor een kopie");
        long verzoek = id(dien(sanne, "kopie", "kind=" + noor(), "alles", "nee", "stukken", String.valueOf(gesprek)));
        beslis("joost", verzoek, "besluit", "TOEGEWEZEN", "motivatie", "U krijgt een kopie van wat u mag zien.");

        HttpResponse<byte[]> pdf = sanne.bytes("/verzoeken/" + verzoek + "/kopie.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(List.of(titel), bladwijzers(document));
            String bijHetStuk = tekstBij(document, titel).replaceAll("\\s+", " ");
            assertTrue(bijHetStuk.contains("Moeder legde haar bezwaar uit"), "haar eigen deel: " + bijHetStuk);
            assertTrue(bijHetStuk.contains("Dit deel van het stuk is weggelaten."), "een regel voor het andere deel");
            String alles = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertFalse(alles.contains("Femke heeft haar rol toegelicht"), "het deel over Femke staat er niet in");
            assertTrue(alles.contains("alleen een deel zien"), "het voorblad zegt dat het stuk deels in de kopie zit");
            assertTrue(alles.contains("iemand anders"), "de reden noemt Femke niet: " + alles);
        }
        // The log says what was given: the stuk, in part, about Sanne and not about Femke.
        AuditRegel gemaakt = AuditRegel.<AuditRegel>find("actie = ?1 order by id desc", Actie.KOPIE_GEMAAKT).firstResult();
        assertTrue(gemaakt.stukken.contains(gesprek), "het stuk is gegeven");
        assertEquals("DELEN", gemaakt.stukRegels.get(gemaakt.stukken.indexOf(gesprek)));
        assertTrue(gemaakt.betreft.contains(persoon("Sanne")));
        assertFalse(gemaakt.betreft.contains(persoon("Femke")), "over Femke is niets gegeven");
        assertTrue(gemaakt.betreftGeweigerd.contains(persoon("Femke")));
    }

    @Test
    void ouderZonderGezagKrijgtAlleenZijnEigenStukInDeKopie() throws Exception {
        Inlogsessie mark = Inlogsessie.als(Portaal.URL, "mark");
        long verzoek = id(dien(mark, "kopie", "kind=" + noor(), "alles", "ja"));
        beslis("joost", verzoek, "besluit", "TOEGEWEZEN", "motivatie", "U krijgt de stukken die over u gaan.");
        HttpResponse<byte[]> pdf = mark.bytes("/verzoeken/" + verzoek + "/kopie.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(List.of("Brief aan vader over recht op informatie"), bladwijzers(document));
            String tekst = new PDFTextStripper().getText(document);
            assertFalse(tekst.contains(tekstVan(stuk("Kennismaking met vader")).substring(0, 40)));
        }
    }

    @Test
    void kopieDeelsLaatDeGekozenStukkenWegEnHetVoorbladZegtHoeveelEnWaarom() throws Exception {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long verzoek = id(dien(sanne, "kopie", "kind=" + noor(), "alles", "ja"));
        List<String> zichtbaar = titelsDieZichtbaarZijn("sanne", noor());
        String weg1 = "Teamoverleg over verlenging ondertoezichtstelling";
        String weg2 = "Tweede evaluatie en vooruitblik";
        assertTrue(zichtbaar.containsAll(List.of(weg1, weg2)), "Sanne mag beide stukken zien: " + zichtbaar);
        String reden = "In deze stukken staat ook informatie over de vader. Die geven we niet zonder zijn toestemming.";

        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        HttpResponse<String> pagina = joost.open("/verzoeken/" + verzoek);
        assertTrue(pagina.body().contains("name=\"stukken\" value=\"" + stuk(weg1) + "\""), "de stukken staan op het besluitformulier");
        assertFalse(pagina.body().contains("value=\"" + stuk("Kennismaking met vader") + "\""),
                "een stuk dat Sanne niet mag zien, kan ook niet weggelaten worden: het zit er al niet in");
        long kopieen = Kopie.count();
        HttpResponse<String> vreemd = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", "besluit",
                "DEELS_TOEGEWEZEN", "motivatie", "U krijgt bijna alles.", "stukken",
                String.valueOf(stuk("Kennismaking met vader")), "deelsReden", reden);
        assertEquals(400, vreemd.statusCode());
        assertTrue(vreemd.body().contains("Kies alleen stukken uit de lijst."), vreemd.body());
        assertTrue(vreemd.body().contains(reden), "de reden blijft staan");
        HttpResponse<String> welAlles = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", "besluit",
                "TOEGEWEZEN", "motivatie", "U krijgt alles.", "stukken", String.valueOf(stuk(weg1)));
        assertEquals(400, welAlles.statusCode());
        assertTrue(welAlles.body().contains("Laat u stukken weg?"), welAlles.body());
        assertTrue(welAlles.body().contains("value=\"" + stuk(weg1) + "\" checked"), "het vinkje blijft staan");
        HttpResponse<String> zonderReden = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", "besluit",
                "DEELS_TOEGEWEZEN", "motivatie", "U krijgt bijna alles.", "stukken", String.valueOf(stuk(weg1)));
        assertEquals(400, zonderReden.statusCode());
        assertTrue(zonderReden.body().contains("id=\"fout-deelsReden\""), zonderReden.body());
        assertEquals(kopieen, Kopie.count(), "een besluit met een fout maakt geen kopie");

        HttpResponse<String> besloten = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", "besluit",
                "DEELS_TOEGEWEZEN", "motivatie", "U krijgt bijna alles.", "stukken", String.valueOf(stuk(weg1)),
                "stukken", String.valueOf(stuk(weg2)), "deelsReden", reden);
        assertEquals(200, besloten.statusCode(), besloten.body());
        assertTrue(besloten.body().contains("Besluit: Deels toegewezen"), besloten.body());

        HttpResponse<byte[]> pdf = sanne.bytes("/verzoeken/" + verzoek + "/kopie.pdf");
        assertEquals(200, pdf.statusCode());
        List<String> verwacht = zichtbaar.stream().filter(t -> !t.equals(weg1) && !t.equals(weg2)).sorted().toList();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(verwacht, bladwijzers(document).stream().sorted().toList());
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(tekst.contains("Stukken in deze kopie (" + verwacht.size() + ")"), tekst);
            assertTrue(tekst.contains("Weggelaten: 2 stukken."), "het voorblad zegt hoeveel");
            assertTrue(tekst.contains("De reden: " + reden), "en waarom");
            assertFalse(tekst.contains(tekstVan(stuk(weg1)).substring(0, 40)), "de tekst van een weggelaten stuk staat er niet in");
        }
        String voorSanne = Html.tekst(sanne.open("/verzoeken/" + verzoek).body());
        assertTrue(voorSanne.contains("2 stukken zitten niet in de kopie."), voorSanne);
        assertTrue(voorSanne.contains(reden));
        assertTrue(voorSanne.contains("burgerlijke rechter"), "na een deels-besluit: wat nu");
        assertTrue(voorSanne.contains("geen advocaat"));
        assertTrue(Html.tekst(sanne.open("/berichten").body()).contains("2 stukken zitten niet in de kopie."));
    }

    @Test
    void eenEigenVerklaringStaatInDeKopieBijHaarStukAlsEigenWoorden() throws Exception {
        String titel = "Gesprek met moeder over voornemen verlenging";
        long stuk = stuk(titel);
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> formulier = sanne.open("/verklaringen/nieuw?kind=" + noor() + "&stuk=" + stuk);
        String woorden = "Ik twijfelde over de verlenging omdat ik Noor vaker thuis wil hebben.";
        assertEquals(200, sanne.verstuur(formulier, "/verklaringen", "kind", String.valueOf(noor()), "stuk",
                String.valueOf(stuk), "tekst", woorden).statusCode());
        // Mark's words about a stuk Sanne may not see stay out of her kopie, as the stuk itself does.
        String titelMark = "Brief aan vader over recht op informatie";
        assertFalse(titelsDieZichtbaarZijn("sanne", noor()).contains(titelMark));
        long overMark = stuk(titelMark);
        Inlogsessie mark = Inlogsessie.als(Portaal.URL, "mark");
        String woordenMark = "Ik wil Noor graag elke week zien, niet om het andere weekend.";
        assertEquals(200, mark.verstuur(mark.open("/verklaringen/nieuw?kind=" + noor() + "&stuk=" + overMark), "/verklaringen",
                "kind", String.valueOf(noor()), "stuk", String.valueOf(overMark), "tekst", woordenMark).statusCode());

        long verzoek = id(dien(sanne, "kopie", "kind=" + noor(), "alles", "ja"));
        beslis("joost", verzoek, "besluit", "TOEGEWEZEN", "motivatie", "U krijgt een kopie van alles wat u mag zien.");
        try (PDDocument document = Loader.loadPDF(sanne.bytes("/verzoeken/" + verzoek + "/kopie.pdf").body())) {
            String bijHetStuk = tekstBij(document, titel).replaceAll("\\s+", " ");
            assertTrue(bijHetStuk.contains("Eigen verklaring van Sanne de Vries"), bijHetStuk);
            assertTrue(bijHetStuk.contains("Dit zijn de eigen woorden van Sanne de Vries, niet van de jeugdbeschermer."),
                    "gemarkeerd als haar eigen woorden, zoals op de dossierpagina");
            assertTrue(bijHetStuk.contains(woorden), bijHetStuk);
            String alles = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertEquals(1, alles.split(java.util.regex.Pattern.quote(woorden), -1).length - 1, "één keer, bij haar stuk");
            assertFalse(alles.contains(woordenMark), "de verklaring bij een stuk dat Sanne niet mag zien, staat er niet in");
        }
    }

    /** The text of the pages from this stuk's bookmark up to the next one: the stuk and what is kept with it. */
    private static String tekstBij(PDDocument document, String titel) throws Exception {
        List<PDOutlineItem> items = new ArrayList<>();
        document.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getTitle().equals(titel)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(document.getPages().indexOf(items.get(i).findDestinationPage(document)) + 1);
                stripper.setEndPage(i + 1 < items.size()
                        ? document.getPages().indexOf(items.get(i + 1).findDestinationPage(document))
                        : document.getNumberOfPages());
                return stripper.getText(document);
            }
        }
        throw new AssertionError("geen bladwijzer " + titel);
    }

    private static List<String> bladwijzers(PDDocument document) {
        List<String> titels = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titels.add(item.getTitle());
        }
        return titels;
    }

    /** What the dossier page (through the inzage rules) shows this person: the oracle for the kopie. */
    private static List<String> titelsDieZichtbaarZijn(String login, long kind) throws Exception {
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, login);
        List<String> titels = new ArrayList<>();
        for (int pagina = 1; ; pagina++) {
            JsonNode dossier = JSON.readTree(sessie.open("/api/dossiers/" + kind + "/stukken?pagina=" + pagina).body());
            for (JsonNode regel : dossier.get("regels")) {
                // A stuk the rules show in part (delen, DOMAIN §2 rule 10) is in the kopie too, with those delen.
                titels.add(regel.get("titel").asText());
            }
            if (pagina >= dossier.get("paginas").asInt()) {
                return titels;
            }
        }
    }

    // ---- correctie ------------------------------------------------------------------------------

    @Test
    void correctieToegewezenVeranderDeTekstEnBewaartDeOude() {
        long stuk = stuk("Teamoverleg over verlenging ondertoezichtstelling");
        String oud = tekstVan(stuk);
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> ingediend = dien(sanne, "correctie", "kind=" + noor() + "&stuk=" + stuk, "stuk",
                String.valueOf(stuk), "zin", "Het teamoverleg", "watFout", "De datum klopt niet.", "watMoetHetZijn",
                "Het overleg was een week later.");
        long verzoek = id(ingediend);
        assertTrue(Html.tekst(ingediend.body()).contains("Teamoverleg over verlenging ondertoezichtstelling"));

        String nieuw = oud + "\n\nCorrectie: het overleg was een week later dan eerst stond.";
        HttpResponse<String> besloten = beslis("joost", verzoek, "besluit", "TOEGEWEZEN", "motivatie",
                "U heeft gelijk. We hebben de datum aangepast.", "nieuweTekst", nieuw);
        assertEquals(200, besloten.statusCode(), besloten.body());
        assertTrue(besloten.body().contains("Wat er in het stuk is veranderd"));
        assertEquals(nieuw, tekstVan(stuk));

        HttpResponse<String> dossier = sanne.open("/dossier/" + noor());
        assertTrue(dossier.body().contains("het overleg was een week later dan eerst stond"), "Sanne ziet het aangepaste stuk");
        HttpResponse<String> verzoekpagina = sanne.open("/verzoeken/" + verzoek);
        assertTrue(verzoekpagina.body().contains("Oude tekst"));
        assertTrue(StukWijziging.count("stuk.id", stuk) >= 1);
        assertTrue(AuditRegel.count("actie = ?1 and een_van(stukken, ?2)", Actie.STUK_GECORRIGEERD, stuk) > 0);
    }

    @Test
    void correctieAfgewezenDanEigenVerklaringDieAnderenBijHetStukZien() {
        long stuk = stuk("Tweede evaluatie en vooruitblik");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long verzoek = id(dien(sanne, "correctie", "kind=" + noor(), "stuk", String.valueOf(stuk), "zin",
                "Moeder werkt onvoldoende mee.", "watFout", "Dat is niet waar.", "watMoetHetZijn", "Moeder werkt goed mee."));
        beslis("joost", verzoek, "besluit", "AFGEWEZEN", "motivatie",
                "Dit is de mening van de jeugdbeschermer. Een mening passen we niet aan.");
        HttpResponse<String> afgewezen = sanne.open("/verzoeken/" + verzoek);
        assertTrue(afgewezen.body().contains("Besluit: Afgewezen"));
        assertTrue(Html.tekst(afgewezen.body()).contains("eigen verklaring"), "wat nu: een eigen verklaring");

        HttpResponse<String> formulier = sanne.open("/verklaringen/nieuw?kind=" + noor() + "&stuk=" + stuk + "&verzoek=" + verzoek);
        assertEquals(200, formulier.statusCode(), formulier.body());
        String woorden = "Ik werk wel mee. Ik kom naar elke afspraak en ik bel terug.";
        HttpResponse<String> opgeslagen = sanne.verstuur(formulier, "/verklaringen", "kind", String.valueOf(noor()), "stuk",
                String.valueOf(stuk), "verzoek", String.valueOf(verzoek), "tekst", woorden);
        assertEquals(200, opgeslagen.statusCode(), opgeslagen.body());

        for (String ander : List.of("joost", "peter")) {
            String pagina = Html.tekst(Inlogsessie.als(Portaal.URL, ander).open("/dossier/" + noor()).body());
            assertTrue(pagina.contains("Eigen verklaring van Sanne de Vries"), ander);
            assertTrue(pagina.contains(woorden), ander);
            assertTrue(pagina.contains("eigen woorden van Sanne de Vries"), ander + " ziet dat het haar woorden zijn");
        }
        String femke = Html.tekst(Inlogsessie.als(Portaal.URL, "femke").open("/dossier/" + noor() + "?namens=" + persoon("Sanne")).body());
        assertTrue(femke.contains(woorden), "de vertrouwenspersoon namens Sanne ziet het stuk en de verklaring");
        assertFalse(Html.tekst(Inlogsessie.als(Portaal.URL, "mark").open("/dossier/" + noor()).body()).contains(woorden),
                "wie het stuk niet mag zien, ziet ook de verklaring niet");
    }

    @Test
    void correctieVanEenStukDatJeNietMagZienWordtGeweigerdZonderHetTeVerraden() {
        long verborgen = stuk("Kennismakingsgesprek met moeder en Noor");
        String titel = "Kennismakingsgesprek met moeder en Noor";
        Inlogsessie mark = Inlogsessie.als(Portaal.URL, "mark");
        HttpResponse<String> formulier = mark.open("/verzoeken/nieuw/correctie?kind=" + noor() + "&stuk=" + verborgen);
        assertEquals(200, formulier.statusCode());
        assertFalse(formulier.body().contains(titel), "het formulier noemt het stuk niet");
        long voor = Verzoek.count();
        HttpResponse<String> antwoord = mark.verstuur(formulier, "/verzoeken/nieuw/correctie", "kind", String.valueOf(noor()),
                "stuk", String.valueOf(verborgen), "zin", "x", "watFout", "y", "watMoetHetZijn", "z");
        assertEquals(400, antwoord.statusCode());
        assertTrue(antwoord.body().contains("alleen een correctie vragen van een stuk dat u mag zien"), antwoord.body());
        assertFalse(antwoord.body().contains(titel));
        assertEquals(voor, Verzoek.count());
    }

    @Test
    void foutieveInvoerKrijgtEenMeldingBijHetVeldEnDeTekstBlijftStaan() {
        long stuk = stuk("Moeder meldt vertrouwenspersoon Jeugdstem");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long voor = Verzoek.count();
        String lang = "a".repeat(100_000);
        HttpResponse<String> antwoord = dien(sanne, "correctie", "kind=" + noor(), "stuk", String.valueOf(stuk), "zin", "",
                "watFout", lang, "watMoetHetZijn", "<script>alert('x')</script>");
        assertEquals(400, antwoord.statusCode(), antwoord.body());
        String pagina = antwoord.body();
        assertTrue(pagina.contains("id=\"fout-zin\""), "melding bij het lege veld");
        assertTrue(pagina.contains("Vul dit veld in"));
        assertTrue(pagina.contains("Uw tekst is te lang") && pagina.contains("100000"), "melding bij het lange veld");
        assertTrue(pagina.contains("computercode"), "melding bij de code");
        assertTrue(pagina.contains(lang), "de lange tekst blijft staan");
        assertTrue(pagina.contains("&lt;script&gt;alert("), "de code blijft staan, veilig");
        assertFalse(pagina.contains("<script>alert("), "en wordt nooit uitgevoerd");
        assertEquals(voor, Verzoek.count(), "niets half opgeslagen");
    }

    // ---- vernietiging en informatie --------------------------------------------------------------

    /** DOMAIN.md §3: under 16 the ouders met gezag ask for the child's vernietiging; from 16 the child alone. */
    @Test
    void vernietigingDoorDeOuderVanDaanNaUitlegEnGeweigerdVoorDaanZelfEnWilsonbekwameJeugdige() {
        long daan = persoon("Daan");
        HttpResponse<String> zelf = Inlogsessie.als(Portaal.URL, "daan").open("/verzoeken/nieuw/vernietiging?kind=" + daan);
        assertTrue(Html.tekst(zelf.body()).contains("Je bent jonger dan 16 jaar. Dan vraagt je ouder met gezag"), zelf.body());
        assertFalse(zelf.body().contains("Verzoek versturen"), "geen formulier voor Daan (14)");

        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "linda");
        HttpResponse<String> formulier = sessie.open("/verzoeken/nieuw/vernietiging?kind=" + daan);
        assertTrue(formulier.body().contains("Archiefwet"), "de uitzonderingen staan er voor het versturen");
        HttpResponse<String> zonderVinkje = sessie.verstuur(formulier, "/verzoeken/nieuw/vernietiging", "kind",
                String.valueOf(daan), "toelichting", "Het verslag over gamen.");
        assertEquals(400, zonderVinkje.statusCode());
        assertTrue(zonderVinkje.body().contains("Zet een vinkje als u de uitleg heeft gelezen"), zonderVinkje.body());
        Matcher eerste = Pattern.compile("name=\"stukken\" value=\"(\\d+)\"").matcher(formulier.body());
        assertTrue(eerste.find(), "Linda kiest welke stukken weg moeten");
        HttpResponse<String> geenStuk = sessie.verstuur(formulier, "/verzoeken/nieuw/vernietiging", "kind",
                String.valueOf(daan), "toelichting", "Het verslag over gamen.", "gelezen", "ja");
        assertEquals(400, geenStuk.statusCode());
        assertTrue(geenStuk.body().contains("Kies minstens één stuk dat weg moet."), geenStuk.body());
        HttpResponse<String> ingediend = sessie.verstuur(formulier, "/verzoeken/nieuw/vernietiging", "kind",
                String.valueOf(daan), "stukken", eerste.group(1), "toelichting", "Het verslag over gamen.", "gelezen", "ja");
        assertEquals(200, ingediend.statusCode(), ingediend.body());
        assertTrue(ingediend.body().contains("Vernietiging van gegevens"));

        long sem = persoon("Sem");
        Inlogsessie semSessie = Inlogsessie.als(Portaal.URL, "sem");
        HttpResponse<String> geweigerd = semSessie.open("/verzoeken/nieuw/vernietiging?kind=" + sem);
        assertTrue(geweigerd.body().contains("niet zelf over je gegevens kunt beslissen"), geweigerd.body());
        assertFalse(geweigerd.body().contains("Verzoek versturen"), "geen formulier bij een weigering");
        HttpResponse<String> toch = semSessie.verstuur(semSessie.open("/verzoeken/nieuw/kopie?kind=" + sem),
                "/verzoeken/nieuw/vernietiging", "kind", String.valueOf(sem), "toelichting", "weg", "gelezen", "ja");
        assertEquals(403, toch.statusCode(), "ook een zelfgemaakt formulier wordt geweigerd");
    }

    @Test
    void informatieverzoekVanOuderZonderGezagZonderToestemmingVanDeAndereOuder() {
        Inlogsessie mark = Inlogsessie.als(Portaal.URL, "mark");
        HttpResponse<String> keuze = mark.open("/verzoeken/nieuw?kind=" + noor());
        assertTrue(Html.tekst(keuze.body()).contains("hoeft daar geen toestemming voor te geven"), keuze.body());
        long verzoek = id(dien(mark, "informatie", "kind=" + noor(), "toelichting", "Hoe gaat het met Noor op school?"));
        HttpResponse<String> besloten = beslis("joost", verzoek, "besluit", "TOEGEWEZEN", "motivatie",
                "Noor gaat elke dag naar school en haar cijfers zijn voldoende.");
        assertTrue(besloten.body().contains("Besluit: Toegewezen"));
        assertTrue(mark.open("/berichten").body().contains("Noor gaat elke dag") == false,
                "berichten noemen geen dossierinhoud, alleen dat er nieuws is");

        HttpResponse<String> sanne = Inlogsessie.als(Portaal.URL, "sanne").open("/verzoeken/nieuw/informatie?kind=" + noor());
        assertTrue(Html.tekst(sanne.body()).contains("U heeft gezag"), sanne.body());
    }

    // ---- vertrouwenspersoon, termijnen, medewerkers, berichten ------------------------------------

    @Test
    void vertrouwenspersoonDientInNamensDeClientEnDatStaatErbij() {
        long sanne = persoon("Sanne");
        Inlogsessie femke = Inlogsessie.als(Portaal.URL, "femke");
        HttpResponse<String> ingediend = dien(femke, "kopie", "kind=" + noor() + "&namens=" + sanne, "alles", "ja");
        assertEquals(200, ingediend.statusCode(), ingediend.body());
        assertTrue(ingediend.body().contains("Ingediend door Femke"), ingediend.body());
        assertTrue(ingediend.body().contains("namens Sanne de Vries"));
        long verzoek = id(ingediend);
        assertEquals(sanne, Persoon.<Persoon>find("select v.aanvrager from Verzoek v where v.id = ?1", verzoek).singleResult().id);
        assertEquals(200, Inlogsessie.als(Portaal.URL, "sanne").open("/verzoeken/" + verzoek).statusCode(),
                "de cliënt ziet het verzoek op haar naam");
        assertEquals(404, femke.open("/verzoeken/nieuw?kind=" + noor() + "&namens=" + persoon("Mark")).statusCode(),
                "zonder machtiging van Mark niets namens Mark");
    }

    @Test
    void jeugdbeschermerVerlengtEenKeerMetRedenEnDeAanvragerKrijgtBericht() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long verzoek = id(dien(sanne, "kopie", "kind=" + noor(), "alles", "ja"));
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        HttpResponse<String> pagina = joost.open("/verzoeken/" + verzoek);
        HttpResponse<String> zonderReden = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/verlenging", "reden", "");
        assertEquals(400, zonderReden.statusCode());
        HttpResponse<String> verlengd = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/verlenging", "reden",
                "We wachten op stukken van de rechtbank.");
        assertEquals(200, verlengd.statusCode(), verlengd.body());
        assertTrue(Html.tekst(verlengd.body()).contains("de termijn is verlengd"));
        assertFalse(Html.tekst(verlengd.body()).contains("Termijn verlengen"), "maar één keer");

        assertTrue(sanne.open("/berichten").body().contains("meer tijd voor uw verzoek"));
        assertFalse(mailbox.getMailsSentTo("sanne@demo.jeugdportaal.nl").isEmpty(), "ook een e-mail");
        assertTrue(mailbox.getMailsSentTo("sanne@demo.jeugdportaal.nl").stream()
                .noneMatch(m -> m.getText().contains("rechtbank")), "de e-mail noemt geen inhoud");
    }

    @Test
    void medewerkersZienVerzoekenOpTermijnEnAlleenHunEigenZaken() throws Exception {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long verzoek = id(dien(sanne, "kopie", "kind=" + noor(), "alles", "ja"));
        assertTrue(Inlogsessie.als(Portaal.URL, "joost").open("/verzoeken").body().contains("/verzoeken/" + verzoek + "\""));
        String fg = Inlogsessie.als(Portaal.URL, "peter").open("/verzoeken").body();
        assertTrue(fg.contains("Alle verzoeken") && fg.contains("/verzoeken/" + verzoek + "\""));
        assertTrue(fg.contains("te laat"), "de FG ziet hoeveel verzoeken (bijna) te laat zijn");
        Inlogsessie aisha = Inlogsessie.als(Portaal.URL, "aisha");
        assertFalse(aisha.open("/verzoeken").body().contains("/verzoeken/" + verzoek + "\""));
        assertEquals(404, aisha.open("/verzoeken/" + verzoek).statusCode());
        assertFalse(Inlogsessie.als(Portaal.URL, "peter").open("/verzoeken/" + verzoek).body().contains("Besluit opslaan"),
                "de FG kijkt mee maar beslist niet");

        JsonNode api = JSON.readTree(sanne.open("/api/verzoeken/" + verzoek).body());
        assertEquals("In behandeling", api.get("status").asText());
        assertFalse(api.get("uiterlijk").asText().isBlank());
        assertEquals(404, Inlogsessie.als(Portaal.URL, "mark").open("/api/verzoeken/" + verzoek).statusCode());
    }
}
