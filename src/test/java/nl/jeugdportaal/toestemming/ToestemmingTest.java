package nl.jeugdportaal.toestemming;

import static nl.jeugdportaal.testsupport.Database.auditRegels;
import static nl.jeugdportaal.testsupport.Database.id;
import static nl.jeugdportaal.testsupport.Database.lees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.testsupport.Demostand;
import nl.jeugdportaal.testsupport.Dossierpagina;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The toestemming page end to end, with real Keycloak logins: Elif (16) decides who sees her
 * stukken (DOMAIN §2 rule 5), and what she decides holds on her parents' very next request.
 */
@QuarkusTest
class ToestemmingTest {
    private static final String PORTAAL = Portaal.URL;
    /** A stuk in Elif's dossier about Elif alone, on its first page. */
    private static final String STUK_OVER_ELIF = "Evaluatie plaatsing gezinshuis";

    private Demostand demostand;
    private Long elif;
    private Long murat;

    @BeforeEach
    void legVast() {
        demostand = Demostand.vastleggen();
        elif = id("Elif");
        murat = id("Murat");
    }

    @AfterEach
    void herstel() {
        demostand.herstel();
    }

    private static long toestemmingen() {
        return lees(() -> Toestemming.count());
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void elifTrektHaarToestemmingInEnMoederZietDeStukkenBijHaarVolgendeVerzoekNietMeer() {
        Long ayse = id("Ayşe");
        Inlogsessie moeder = Inlogsessie.als(PORTAAL, "ayse");
        String voor = Html.tekst(moeder.open("/dossier/" + elif).body());
        assertTrue(voor.contains(STUK_OVER_ELIF), voor);
        assertTrue(voor.contains("Elif heeft u toestemming gegeven."));
        int zagVoor = Dossierpagina.alle(moeder, elif, "").zichtbaar().size();

        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "elif");
        String html = sessie.open("/toestemming").body();
        String pagina = Html.tekst(html);
        assertTrue(pagina.contains("Toestemming die jij gaf"), pagina);
        assertTrue(pagina.contains("Ayşe Yilmaz"));
        Long toestemming = lees(() -> Toestemming.<Toestemming>find("gever.id = ?1 and ontvanger.id = ?2", elif, ayse)
                .singleResult().id);
        // Before she withdraws it, Elif reads what her mother will see afterwards (DOMAIN §2 rule 9), next to the button.
        Element gevolg = Jsoup.parse(html).getElementById("gevolg-" + toestemming);
        assertNotNull(gevolg, html);
        Matcher getallen = Pattern.compile("Trek je deze toestemming in\\? Dan ziet Ayşe Yilmaz daarna (\\d+) van de (\\d+) stukken\\."
                + " Nu (?:is dat er 1|zijn dat er (\\d+))\\.").matcher(gevolg.text());
        assertTrue(getallen.matches(), gevolg.text());
        int daarnaGezegd = Integer.parseInt(getallen.group(1));
        int nuGezegd = getallen.group(3) == null ? 1 : Integer.parseInt(getallen.group(3));
        assertTrue(daarnaGezegd < nuGezegd && nuGezegd <= Integer.parseInt(getallen.group(2)), gevolg.text());
        assertEquals("gevolg-" + toestemming, Jsoup.parse(html).selectFirst("form[action=/toestemming/" + toestemming
                + "/intrekken] button").attr("aria-describedby"), "a screen reader hears it with the button");
        long audit = auditRegels(Actie.TOESTEMMING_INGETROKKEN, elif, elif);

        HttpResponse<String> na = sessie.post("/toestemming/" + toestemming + "/intrekken", Map.of());
        assertEquals(200, na.statusCode(), na.body());
        assertTrue(Html.tekst(na.body()).contains("De toestemming is ingetrokken. Dat geldt meteen."), na.body());
        assertNotNull(lees(() -> Toestemming.<Toestemming>findById(toestemming).ingetrokkenOp));
        assertEquals(audit + 1, auditRegels(Actie.TOESTEMMING_INGETROKKEN, elif, elif));

        String daarna = Html.tekst(moeder.open("/dossier/" + elif).body());
        assertFalse(daarna.contains(STUK_OVER_ELIF), "Ayşe ziet het stuk nog na het intrekken");
        assertEquals(nuGezegd - daarnaGezegd, zagVoor - Dossierpagina.alle(moeder, elif, "").zichtbaar().size(),
                "what Elif was told is what her mother's page shows: the stukken about Elif she no longer sees");
        assertTrue(daarna.contains("toestemming van Elif nodig"), daarna);
        String voorMoeder = Html.tekst(moeder.open("/toestemming").body());
        assertTrue(voorMoeder.contains("Toestemming die u kreeg") && voorMoeder.contains("ingetrokken"),
                "Ayşe ziet op haar eigen pagina dat de toestemming is ingetrokken");
    }

    @Test
    void elifGeeftVaderToestemmingEnVaderZietDeStukken() throws Exception {
        Inlogsessie vader = Inlogsessie.als(PORTAAL, "murat");
        assertFalse(Html.tekst(vader.open("/dossier/" + elif).body()).contains(STUK_OVER_ELIF));
        long audit = auditRegels(Actie.TOESTEMMING_GEGEVEN, elif, elif);

        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "elif");
        String formulier = sessie.open("/toestemming").body();
        assertTrue(formulier.contains("Je bent 16 jaar of ouder. Daarom beslis je zelf wie je gegevens mag zien."),
                formulier);
        HttpResponse<String> na = sessie.post("/toestemming",
                Map.of("over", elif.toString(), "aan", murat.toString(), "tot", ""));
        assertEquals(200, na.statusCode(), na.body());
        assertTrue(Html.tekst(na.body()).contains("Je toestemming is opgeslagen."), na.body());
        assertEquals(audit + 1, auditRegels(Actie.TOESTEMMING_GEGEVEN, elif, elif));

        String pagina = Html.tekst(vader.open("/dossier/" + elif).body());
        assertTrue(pagina.contains(STUK_OVER_ELIF), pagina);
        assertTrue(pagina.contains("Elif heeft u toestemming gegeven."));

        JsonNode lijst = new ObjectMapper().readTree(sessie.open("/api/toestemmingen").body());
        assertTrue(lijst.get("gegeven").findValuesAsText("ontvanger").contains("Murat Yilmaz"), lijst.toString());
        JsonNode gekregen = new ObjectMapper().readTree(vader.open("/api/toestemmingen").body()).get("gekregen");
        assertEquals("GELDIG", gekregen.get(0).get("status").asText(), gekregen.toString());
        assertEquals(vandaag().toString(), gekregen.get(0).get("vanaf").asText());
    }

    @Test
    void eenFormulierZonderGeldigCsrfTokenWordtGeweigerd() {
        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "elif");
        sessie.open("/toestemming");
        long voor = toestemmingen();
        Map<String, String> velden = Map.of("over", elif.toString(), "aan", murat.toString());
        assertEquals(400, sessie.postZonderToken("/toestemming", velden).statusCode());
        assertEquals(400, sessie.post("/toestemming", Map.of("over", elif.toString(), "aan", murat.toString(),
                Inlogsessie.CSRF_VELD, "vervalst-token")).statusCode());
        assertEquals(voor, toestemmingen(), "zonder token is niets opgeslagen");
    }

    @Test
    void eenVervalstePersoonVanEenAnderGezinWordtGeweigerdEnNietsOpgeslagen() {
        Long noor = id("Noor");
        Long sanne = id("Sanne");
        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "elif");
        sessie.open("/toestemming");
        long voor = toestemmingen();

        HttpResponse<String> over = sessie.post("/toestemming",
                Map.of("over", noor.toString(), "aan", murat.toString()));
        assertEquals(400, over.statusCode());
        assertTrue(Html.tekst(over.body()).contains("Over deze persoon kun je geen toestemming geven. Kies iemand uit de lijst."),
                over.body());
        assertFalse(over.body().contains("Noor"), "de pagina noemt de vervalste persoon niet");

        HttpResponse<String> aan = sessie.post("/toestemming",
                Map.of("over", elif.toString(), "aan", sanne.toString()));
        assertEquals(400, aan.statusCode());
        assertTrue(Html.tekst(aan.body()).contains("Aan deze persoon kun je geen toestemming geven. Kies iemand uit de lijst."),
                aan.body());
        assertFalse(aan.body().contains("Sanne"));

        HttpResponse<String> onzin = sessie.post("/toestemming", Map.of("over", "'; drop table toestemming; --",
                "aan", "99999999999999999999999"));
        assertEquals(400, onzin.statusCode());
        assertEquals(voor, toestemmingen(), "niets half opgeslagen");
    }

    @Test
    void eenOuderMagGeenToestemmingGevenOverEenKindVan16() {
        Inlogsessie moeder = Inlogsessie.als(PORTAAL, "ayse");
        String pagina = moeder.open("/toestemming").body();
        assertTrue(pagina.contains("Elif is 16 jaar of ouder. Dan beslist Elif zelf wie de gegevens mag zien."), pagina);
        long voor = toestemmingen();
        HttpResponse<String> na = moeder.post("/toestemming", Map.of("over", elif.toString(), "aan", murat.toString()));
        assertEquals(400, na.statusCode());
        assertTrue(Html.tekst(na.body()).contains("U kunt geen toestemming geven over Elif. Alleen toestemming van Elif telt."),
                na.body());
        assertEquals(voor, toestemmingen());
    }

    @Test
    void eenEinddatumVoorVandaagGeeftEenMeldingEnDeInvoerBlijftStaan() {
        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "elif");
        sessie.open("/toestemming");
        long voor = toestemmingen();
        String gisteren = vandaag().minusDays(1).toString();

        HttpResponse<String> na = sessie.post("/toestemming",
                Map.of("over", elif.toString(), "aan", murat.toString(), "tot", gisteren));
        assertEquals(400, na.statusCode());
        String pagina = na.body();
        assertTrue(Jsoup.parse(pagina).getElementById("tot-fout").text().startsWith("Deze einddatum ligt voor vandaag."), pagina);
        assertTrue(pagina.contains("value=\"" + gisteren + "\""), "de datum blijft staan");
        assertTrue(pagina.contains("<option value=\"" + murat + "\" selected>"), "de keuze blijft staan");
        assertTrue(pagina.contains("<option value=\"" + elif + "\" selected>"));

        HttpResponse<String> onleesbaar = sessie.post("/toestemming",
                Map.of("over", elif.toString(), "aan", murat.toString(), "tot", "31-02-morgen"));
        assertEquals(400, onleesbaar.statusCode());
        assertTrue(onleesbaar.body().contains("Deze datum kunnen we niet lezen."), onleesbaar.body());
        assertTrue(onleesbaar.body().contains("value=\"31-02-morgen\""));
        assertEquals(voor, toestemmingen());
    }

    @Test
    void inHetEngelsStaanDeMeldingenDeStatusEnDeFoutenBijDeVeldenInHetEngels() {
        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "elif").inHetEngels();
        String pagina = sessie.open("/toestemming").body();
        assertEquals("Consent you gave", Jsoup.parse(pagina).getElementById("gegeven-kop").text(), pagina);
        assertTrue(Jsoup.parse(pagina).select("td").eachText().contains("valid"), "de status van Elifs toestemming aan Ayşe");
        assertTrue(pagina.contains("<option value=\"" + elif + "\">Myself</option>"), pagina);
        long voor = toestemmingen();

        HttpResponse<String> zonderAan = sessie.post("/toestemming", Map.of("over", elif.toString(), "aan", ""));
        assertEquals(400, zonderAan.statusCode());
        assertEquals("Choose whom you give consent to.", Jsoup.parse(zonderAan.body()).getElementById("aan-fout").text(),
                zonderAan.body());
        HttpResponse<String> verleden = sessie.post("/toestemming", Map.of("over", elif.toString(),
                "aan", murat.toString(), "tot", vandaag().minusDays(1).toString()));
        assertTrue(Jsoup.parse(verleden.body()).getElementById("tot-fout").text().startsWith("This end date is before today."),
                verleden.body());
        assertEquals(voor, toestemmingen());

        HttpResponse<String> gegeven = sessie.post("/toestemming",
                Map.of("over", elif.toString(), "aan", murat.toString(), "tot", ""));
        assertTrue(Html.tekst(gegeven.body()).contains("Your consent has been saved."), gegeven.body());
        Long toestemming = lees(() -> Toestemming.<Toestemming>find("gever.id = ?1 and ontvanger.id = ?2", elif, murat)
                .singleResult().id);
        HttpResponse<String> ingetrokken = sessie.post("/toestemming/" + toestemming + "/intrekken", Map.of());
        assertTrue(Html.tekst(ingetrokken.body()).contains("The consent has been withdrawn.")
                && Jsoup.parse(ingetrokken.body()).select("td").eachText().contains("withdrawn"), ingetrokken.body());
        HttpResponse<String> nogmaals = sessie.post("/toestemming/" + toestemming + "/intrekken", Map.of());
        assertTrue(Html.tekst(nogmaals.body()).contains("This consent has already ended."), nogmaals.body());
    }

    @Test
    void alleenDeGeverKanIntrekken() {
        Long ayse = id("Ayşe");
        Long toestemming = lees(() -> Toestemming.<Toestemming>find("gever.id = ?1 and ontvanger.id = ?2", elif, ayse)
                .singleResult().id);
        Inlogsessie moeder = Inlogsessie.als(PORTAAL, "ayse");
        moeder.open("/toestemming");
        assertEquals(404, moeder.post("/toestemming/" + toestemming + "/intrekken", Map.of()).statusCode());
        assertEquals(null, lees(() -> Toestemming.<Toestemming>findById(toestemming).ingetrokkenOp));
    }
}
