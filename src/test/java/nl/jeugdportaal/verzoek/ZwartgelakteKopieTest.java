package nl.jeugdportaal.verzoek;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §2 rule 10: a stuk the GI did not split, closed to Sanne only because Mark is in it, can be
 * asked for with the other persons' parts blacked out; the jeugdbeschermer answers by splitting it
 * into delen, and Sanne then sees her part.
 */
@QuarkusTest
class ZwartgelakteKopieTest {
    /** About Noor, Sanne and Mark, without delen: Sanne may see Noor and herself, not Mark. */
    private static final String INCIDENT = "Incident bij overdracht na weekend";
    private static final String AFGESCHERMD = "Verslag gesprek schoolmaatschappelijk werk met Noor";

    private static long stuk(String titel) {
        return Database.lees(() -> Stuk.<Stuk>find("titel = ?1 and dossier.kind.voornaam = 'Noor'", titel).singleResult().id);
    }

    private static String tekstVan(long stuk) {
        return Database.lees(() -> Stuk.<Stuk>findById(stuk).tekst);
    }

    private static long aantalDelen(long stuk) {
        return Database.lees(() -> StukDeel.count("stuk.id", stuk));
    }

    private static long aantalVerzoeken() {
        return Database.lees(() -> Verzoek.count());
    }

    /** The demo stuk goes back to how the demo has it: not split. */
    @AfterEach
    void herstel() {
        long incident = stuk(INCIDENT);
        QuarkusTransaction.requiringNew().run(() -> Stuk.<Stuk>findById(incident).delen.clear());
    }

    /** The stuk ids the refusal lines of the dossier page offer a zwartgelakte kopie of. */
    private static List<Long> aangeboden(String login) {
        Document pagina = Jsoup.parse(Inlogsessie.als(Portaal.URL, login).open("/dossier/" + Database.id("Noor")).body());
        return pagina.select("a.zwartgelakte-kopie").stream()
                .map(a -> Long.parseLong(a.attr("href").replaceAll(".*[?&]stuk=(\\d+).*", "$1"))).toList();
    }

    @Test
    void deWeigeringBiedtHetAlleenAanVoorEenStukDatDichtIsDoorIemandAnders() {
        List<Long> voorSanne = aangeboden("sanne");
        assertTrue(voorSanne.contains(stuk(INCIDENT)), "dicht alleen door Mark: " + voorSanne);
        assertFalse(voorSanne.contains(stuk(AFGESCHERMD)), "een afgeschermd stuk niet");
        assertFalse(voorSanne.contains(stuk("Kennismaking met vertrouwenspersoon van moeder")),
                "een stuk met delen ziet Sanne al per deel");
        assertTrue(aangeboden("mark").isEmpty(), "Mark mag Noor's gegevens niet zien: dicht om een andere reden");
    }

    @Test
    void eenVervalstStukWordtGeweigerdEnErWordtNietsOpgeslagen() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        long noor = Database.id("Noor");
        HttpResponse<String> echt = sanne.open("/verzoeken/nieuw/zwartgelakte_kopie?kind=" + noor + "&stuk=" + stuk(INCIDENT));
        assertEquals(200, echt.statusCode(), echt.body());
        assertFalse(echt.body().contains(INCIDENT), "het formulier noemt de titel niet (rule 9)");
        long anderDossier = Database.lees(() -> Stuk.<Stuk>find("dossier.kind.voornaam = 'Daan'").firstResult().id);
        long verzoeken = aantalVerzoeken();
        long weigeringen = Database.auditRegels(Actie.VERZOEK_GEWEIGERD, Database.id("Sanne"), Database.id("Sanne"));
        for (long vals : List.of(stuk(AFGESCHERMD), stuk("Veiligheidsplan Noor"), anderDossier)) {
            assertEquals(404, sanne.open("/verzoeken/nieuw/zwartgelakte_kopie?kind=" + noor + "&stuk=" + vals).statusCode());
            HttpResponse<String> ingediend = sanne.verstuur(echt, "/verzoeken/nieuw/zwartgelakte_kopie", "kind",
                    String.valueOf(noor), "stuk", String.valueOf(vals), "toelichting", "");
            assertEquals(404, ingediend.statusCode(), "stuk " + vals);
        }
        assertEquals(verzoeken, aantalVerzoeken(), "niets opgeslagen");
        assertEquals(weigeringen + 6, Database.auditRegels(Actie.VERZOEK_GEWEIGERD, Database.id("Sanne"), Database.id("Sanne")),
                "elke weigering staat in het log");
    }

    @Test
    void toewijzenGaatAlleenDoorTeVerdelenAfwijzenKanMetDeRoutes() {
        long incident = stuk(INCIDENT);
        long noor = Database.id("Noor");
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> formulier = sanne.open("/verzoeken/nieuw/zwartgelakte_kopie?kind=" + noor + "&stuk=" + incident);
        HttpResponse<String> ingediend = sanne.verstuur(formulier, "/verzoeken/nieuw/zwartgelakte_kopie", "kind",
                String.valueOf(noor), "stuk", String.valueOf(incident), "toelichting", "");
        long verzoek = Long.parseLong(ingediend.uri().getPath().replaceAll(".*/verzoeken/(\\d+).*", "$1"));

        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        HttpResponse<String> pagina = joost.open("/verzoeken/" + verzoek);
        assertNull(Jsoup.parse(pagina.body()).selectFirst("input[name=besluit][value=TOEGEWEZEN]"),
                "toewijzen zonder delen wordt niet aangeboden");
        HttpResponse<String> toegewezen = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", "besluit",
                "TOEGEWEZEN", "motivatie", "U krijgt het stuk.");
        assertEquals(400, toegewezen.statusCode());
        assertNotNull(Jsoup.parse(toegewezen.body()).selectFirst("#fout-besluit"), toegewezen.body());
        assertEquals(0, aantalDelen(incident));

        HttpResponse<String> afgewezen = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", "besluit",
                "AFGEWEZEN", "motivatie", "Het stuk gaat vooral over vader.");
        assertEquals(200, afgewezen.statusCode(), afgewezen.body());
        String voorSanne = Jsoup.parse(sanne.open("/verzoeken/" + verzoek).body()).text();
        assertTrue(voorSanne.contains("Afgewezen"), voorSanne);
        assertTrue(voorSanne.contains("burgerlijke rechter"), "na een nee: de routes van AVG 12.4");
        assertFalse(voorSanne.contains(INCIDENT), "de titel blijft onbekend");
    }

    @Test
    void deJeugdbeschermerVerdeeltHetStukEnSanneZietDaarnaHaarDeel() throws Exception {
        long incident = stuk(INCIDENT);
        long noor = Database.id("Noor");
        List<String> alineas = Arrays.stream(tekstVan(incident).split("\n\\s*\n")).map(String::strip).toList();
        String overSanne = alineas.get(0);
        String overMark = String.join("\n\n", alineas.subList(1, alineas.size()));

        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        HttpResponse<String> formulier = sanne.open("/verzoeken/nieuw/zwartgelakte_kopie?kind=" + noor + "&stuk=" + incident);
        HttpResponse<String> ingediend = sanne.verstuur(formulier, "/verzoeken/nieuw/zwartgelakte_kopie", "kind",
                String.valueOf(noor), "stuk", String.valueOf(incident), "toelichting", "");
        assertEquals(200, ingediend.statusCode(), ingediend.body());
        long verzoek = Long.parseLong(ingediend.uri().getPath().replaceAll(".*/verzoeken/(\\d+).*", "$1"));
        assertEquals(incident, Database.lees(() -> Verzoek.<Verzoek>findById(verzoek).stuk.id));
        assertFalse(ingediend.body().contains(INCIDENT), "ook de verzoekpagina noemt de titel niet");
        assertEquals(0, aantalDelen(incident));

        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        HttpResponse<String> pagina = joost.open("/verzoeken/" + verzoek);
        Element form = Jsoup.parse(pagina.body()).selectFirst("form[action=/verzoeken/" + verzoek + "/delen]");
        assertNotNull(form, "het formulier om het stuk te verdelen");
        assertEquals(alineas.size(), form.select("textarea[name=deel]").size(), "een deel per alinea");
        String sanneId = String.valueOf(Database.id("Sanne"));
        String markId = String.valueOf(Database.id("Mark"));
        String noorId = String.valueOf(noor);

        HttpResponse<String> zonderPersoon = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/delen", "deel", overSanne,
                "over", "1-" + sanneId, "deel", overMark, "motivatie", "Het deel over vader is zwartgemaakt.");
        assertEquals(400, zonderPersoon.statusCode());
        assertNotNull(Jsoup.parse(zonderPersoon.body()).selectFirst("#fout-deel-2"), "de fout staat bij deel 2");
        assertTrue(zonderPersoon.body().contains("Het deel over vader is zwartgemaakt."), "de motivatie blijft staan");
        HttpResponse<String> vreemdePersoon = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/delen", "deel", overSanne,
                "over", "1-" + sanneId, "deel", overMark, "over", "2-" + Database.id("Daan"), "motivatie", "Zwartgemaakt.");
        assertEquals(400, vreemdePersoon.statusCode());
        assertEquals(0, aantalDelen(incident), "bij een fout wordt niets opgeslagen");
        assertEquals(404, sanne.verstuur(formulier, "/verzoeken/" + verzoek + "/delen", "deel", overSanne, "over",
                "1-" + sanneId, "motivatie", "Ik verdeel het zelf.").statusCode(), "alleen de jeugdbeschermer verdeelt");

        HttpResponse<String> verdeeld = joost.verstuur(pagina, "/verzoeken/" + verzoek + "/delen", "deel", overSanne,
                "over", "1-" + noorId, "over", "1-" + sanneId, "deel", overMark, "over", "2-" + noorId, "over", "2-" + markId,
                "motivatie", "Het deel over vader is zwartgemaakt.");
        assertEquals(200, verdeeld.statusCode(), verdeeld.body());
        assertTrue(verdeeld.body().contains("Toegewezen"), verdeeld.body());
        assertEquals(2, aantalDelen(incident));
        assertTrue(Database.auditRegelsOverStuk(Actie.STUK_IN_DELEN_GESPLITST, incident) > 0, "het verdelen is gelogd");

        Element artikel = Jsoup.parse(sanne.open("/dossier/" + noor).body()).select("article").stream()
                .filter(a -> a.selectFirst("h2") != null && a.selectFirst("h2").text().equals(INCIDENT)).findFirst().orElse(null);
        assertNotNull(artikel, "Sanne ziet het stuk nu per deel");
        String tekst = artikel.text();
        assertTrue(tekst.contains(overSanne), "haar deel");
        assertTrue(tekst.contains("Dit deel van het stuk is weggelaten."), "een regel voor het deel over Mark");
        assertFalse(tekst.contains(alineas.get(1)), "niet het deel over Mark");
        assertTrue(tekst.contains("Mark"), "de reden noemt de vader, die Sanne kent: " + tekst);

        HttpResponse<byte[]> pdf = sanne.bytes("/verzoeken/" + verzoek + "/kopie.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String inhoud = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(inhoud.contains(overSanne.replaceAll("\\s+", " ")), "de kopie heeft haar deel");
            assertFalse(inhoud.contains(alineas.get(1).replaceAll("\\s+", " ")), "en niet het deel over Mark");
        }
        assertTrue(AuditRegel.count("actie = ?1 and een_van(stukken, ?2)", Actie.KOPIE_GEMAAKT, incident) > 0);
    }
}
