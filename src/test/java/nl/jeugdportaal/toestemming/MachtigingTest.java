package nl.jeugdportaal.toestemming;

import static nl.jeugdportaal.testsupport.Database.auditRegels;
import static nl.jeugdportaal.testsupport.Database.id;
import static nl.jeugdportaal.testsupport.Database.lees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.testsupport.Demostand;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The machtiging page end to end (DOMAIN §2 rule 6): a client lets a vertrouwenspersoon in, the
 * other parent and a jeugdige of 12+ are asked for their toestemming, and a withdrawal shuts the
 * vertrouwenspersoon out on the next request.
 */
@QuarkusTest
class MachtigingTest {
    private static final String PORTAAL = Portaal.URL;
    /** Stukken about the child alone, on the first page of each dossier. */
    private static final String STUK_OVER_NOOR = "Oproep mondelinge behandeling verlenging";
    private static final String STUK_OVER_DAAN = "Appcontact met Daan na toetsweek";

    private Demostand demostand;
    private Long femke;

    @BeforeEach
    void legVast() {
        demostand = Demostand.vastleggen();
        femke = id("Femke");
    }

    @AfterEach
    void herstel() {
        demostand.herstel();
    }

    private static long machtigingen() {
        return lees(() -> Machtiging.count());
    }

    @Test
    void sanneZietHaarMachtigingAanFemkeEnIntrekkenSluitFemkeMeteenBuiten() {
        Long sanne = id("Sanne");
        Long noor = id("Noor");
        String namensSanne = "/dossier/" + noor + "?namens=" + sanne;
        Inlogsessie vertrouwenspersoon = Inlogsessie.als(PORTAAL, "femke");
        HttpResponse<String> voor = vertrouwenspersoon.open(namensSanne);
        assertEquals(200, voor.statusCode());
        assertTrue(voor.body().contains(STUK_OVER_NOOR), voor.body());
        String gekregen = Html.tekst(vertrouwenspersoon.open("/machtiging").body());
        assertTrue(gekregen.contains("Machtigingen die u kreeg") && gekregen.contains("Sanne de Vries"), gekregen);

        Inlogsessie client = Inlogsessie.als(PORTAAL, "sanne");
        String html = client.open("/machtiging").body();
        String pagina = Html.tekst(html);
        assertTrue(html.contains("<h3>Femke de Boer</h3>"), html);
        assertTrue(pagina.contains("Status: geldig."));
        assertTrue(pagina.contains("Dossier van Noor de Vries: Femke de Boer mag de stukken over Noor de Vries"
                + " zien. Er is geen extra toestemming nodig."), pagina);

        Long machtiging = lees(() -> Machtiging.<Machtiging>find("client.id = ?1 and vertrouwenspersoon.id = ?2",
                sanne, femke).singleResult().id);
        long audit = auditRegels(Actie.MACHTIGING_INGETROKKEN, sanne, sanne);
        HttpResponse<String> na = client.post("/machtiging/" + machtiging + "/intrekken", Map.of());
        assertEquals(200, na.statusCode(), na.body());
        assertTrue(Html.tekst(na.body()).contains("De machtiging is ingetrokken. Dat geldt meteen."), na.body());
        assertTrue(Html.tekst(na.body()).contains("Status: ingetrokken."));
        assertEquals(audit + 1, auditRegels(Actie.MACHTIGING_INGETROKKEN, sanne, sanne));

        assertEquals(404, vertrouwenspersoon.open(namensSanne).statusCode(), "Femke kan niet meer namens Sanne kijken");
        assertFalse(vertrouwenspersoon.open("/start").body().contains("Mensen die u helpt"));
    }

    @Test
    void deAndereOuderEnDeJeugdigeWordenGevraagdEnDeClientZietHunAntwoord() {
        Long linda = id("Linda");
        Long erik = id("Erik");
        Long daan = id("Daan");
        long gegeven = auditRegels(Actie.MACHTIGING_GEGEVEN, linda, linda);
        long ja = auditRegels(Actie.TOESTEMMING_GEGEVEN, erik, daan);
        long nee = auditRegels(Actie.TOESTEMMING_GEWEIGERD, daan, daan);

        Inlogsessie client = Inlogsessie.als(PORTAAL, "linda");
        client.open("/machtiging");
        HttpResponse<String> na = client.post("/machtiging", Map.of("vertrouwenspersoon", femke.toString(), "tot", ""));
        assertEquals(200, na.statusCode(), na.body());
        String opgeslagen = Html.tekst(na.body());
        assertTrue(opgeslagen.contains("De machtiging is opgeslagen."), opgeslagen);
        assertTrue(opgeslagen.contains("Femke de Boer mag de stukken over Daan Bakker pas zien als deze personen ook"
                + " toestemming geven."), opgeslagen);
        assertTrue(na.body().contains("<li>Erik Bakker heeft nog niet geantwoord</li>"));
        assertTrue(na.body().contains("<li>Daan Bakker heeft nog niet geantwoord</li>"));
        assertEquals(gegeven + 1, auditRegels(Actie.MACHTIGING_GEGEVEN, linda, linda));
        Long machtiging = lees(() -> Machtiging.<Machtiging>find("client.id = ?1", linda).singleResult().id);

        Inlogsessie vader = Inlogsessie.als(PORTAAL, "erik");
        String vraag = Html.tekst(vader.open("/toestemming").body());
        assertTrue(vraag.contains("Femke de Boer (vertrouwenspersoon van Linda Bakker) wil de stukken over Daan Bakker"
                + " kunnen zien. Geeft u toestemming?"), vraag);
        HttpResponse<String> antwoordVader = vader.post("/toestemming/vraag",
                Map.of("machtiging", machtiging.toString(), "over", daan.toString(), "antwoord", "ja"));
        assertTrue(Html.tekst(antwoordVader.body()).contains("Dank u. Uw toestemming is opgeslagen."), antwoordVader.body());
        assertFalse(Html.tekst(antwoordVader.body()).contains("Vragen om toestemming"), "de vraag is beantwoord");
        assertEquals(ja + 1, auditRegels(Actie.TOESTEMMING_GEGEVEN, erik, daan));

        Inlogsessie jeugdige = Inlogsessie.als(PORTAAL, "daan");
        String vraagDaan = Html.tekst(jeugdige.open("/toestemming").body());
        assertTrue(vraagDaan.contains("wil de stukken over jou kunnen zien. Geef je toestemming?"), vraagDaan);
        HttpResponse<String> antwoordDaan = jeugdige.post("/toestemming/vraag",
                Map.of("machtiging", machtiging.toString(), "over", daan.toString(), "antwoord", "nee"));
        assertTrue(antwoordDaan.body().contains("Je antwoord is opgeslagen."), antwoordDaan.body());
        assertTrue(antwoordDaan.body().contains("Je zei eerder nee. Je kunt nog ja zeggen."), "Daan kan zich bedenken");
        assertEquals(nee + 1, auditRegels(Actie.TOESTEMMING_GEWEIGERD, daan, daan));

        String stand = client.open("/machtiging").body();
        assertTrue(Html.tekst(stand).contains("Erik Bakker heeft toestemming gegeven"), stand);
        assertTrue(stand.contains("<li>Daan Bakker heeft nee gezegd</li>"), stand);

        Inlogsessie vertrouwenspersoon = Inlogsessie.als(PORTAAL, "femke");
        String namensLinda = "/dossier/" + daan + "?namens=" + linda;
        String geweigerd = vertrouwenspersoon.open(namensLinda).body();
        assertFalse(geweigerd.contains(STUK_OVER_DAAN), "Daan hield de vertrouwenspersoon buiten");
        assertTrue(Html.tekst(geweigerd).contains("is ook toestemming van Daan nodig"), geweigerd);

        jeugdige.post("/toestemming/vraag",
                Map.of("machtiging", machtiging.toString(), "over", daan.toString(), "antwoord", "ja"));
        assertTrue(vertrouwenspersoon.open(namensLinda).body().contains(STUK_OVER_DAAN), "nu zei iedereen ja");
        assertTrue(Html.tekst(client.open("/machtiging").body()).contains("Iedereen gaf toestemming."));
    }

    @Test
    void inHetEngelsZijnDeStandenDeVragenEnDeFoutenEngels() {
        Long linda = id("Linda");
        Long daan = id("Daan");
        Inlogsessie client = Inlogsessie.als(PORTAAL, "linda").inHetEngels();
        String leeg = client.open("/machtiging").body();
        assertTrue(leeg.contains("<option value=\"" + femke + "\" lang=\"nl\">Femke de Boer, Jeugdstem (vroeger AKJ)"),
                "de Nederlandse naam van de organisatie is als Nederlands gemarkeerd");
        HttpResponse<String> zonderKeuze = client.post("/machtiging", Map.of("vertrouwenspersoon", "", "tot", ""));
        assertEquals(400, zonderKeuze.statusCode());
        assertEquals("Choose a confidential adviser.",
                Jsoup.parse(zonderKeuze.body()).getElementById("vertrouwenspersoon-fout").text(), zonderKeuze.body());

        String na = Html.tekst(client.post("/machtiging", Map.of("vertrouwenspersoon", femke.toString(), "tot", "")).body());
        assertTrue(na.contains("The authorisation has been saved.") && na.contains("Status: valid."), na);
        assertTrue(na.contains("Dossier of Daan Bakker: Femke de Boer may only see the documents about"
                + " Daan Bakker once these people give consent too."), na);
        assertTrue(na.contains("Erik Bakker has not answered yet"), na);

        Inlogsessie jeugdige = Inlogsessie.als(PORTAAL, "daan").inHetEngels();
        String vraag = Html.tekst(jeugdige.open("/toestemming").body());
        assertTrue(vraag.contains("Femke de Boer (confidential adviser of Linda Bakker) would like to see the documents"
                + " about you. Do you give consent?"), vraag);
        Long machtiging = lees(() -> Machtiging.<Machtiging>find("client.id = ?1", linda).singleResult().id);
        String nee = Html.tekst(jeugdige.post("/toestemming/vraag",
                Map.of("machtiging", machtiging.toString(), "over", daan.toString(), "antwoord", "nee")).body());
        assertTrue(nee.contains("Your answer has been saved.") && nee.contains("You said no before."), nee);
        assertTrue(Html.tekst(client.open("/machtiging").body()).contains("Daan Bakker has said no"));
    }

    @Test
    void eenVervalsteVertrouwenspersoonOfEenDatumInHetVerledenWordtGeweigerd() {
        Long mark = id("Mark");
        Inlogsessie client = Inlogsessie.als(PORTAAL, "linda");
        client.open("/machtiging");
        long voor = machtigingen();

        HttpResponse<String> geenVp = client.post("/machtiging", Map.of("vertrouwenspersoon", mark.toString()));
        assertEquals(400, geenVp.statusCode());
        assertTrue(Html.tekst(geenVp.body()).contains("Deze persoon is geen vertrouwenspersoon. Kies iemand uit de lijst."),
                geenVp.body());

        HttpResponse<String> verleden = client.post("/machtiging",
                Map.of("vertrouwenspersoon", femke.toString(), "tot", "2001-01-01"));
        assertEquals(400, verleden.statusCode());
        assertTrue(verleden.body().contains("Deze einddatum ligt voor vandaag."), verleden.body());
        assertTrue(verleden.body().contains("value=\"2001-01-01\""));
        assertTrue(verleden.body().contains("<option value=\"" + femke + "\" selected>"));
        assertEquals(voor, machtigingen(), "niets opgeslagen");
    }

    @Test
    void alleenDeClientKanIntrekken() {
        Long sanne = id("Sanne");
        Long machtiging = lees(() -> Machtiging.<Machtiging>find("client.id = ?1", sanne).singleResult().id);
        Inlogsessie ander = Inlogsessie.als(PORTAAL, "mark");
        ander.open("/machtiging");
        assertEquals(404, ander.post("/machtiging/" + machtiging + "/intrekken", Map.of()).statusCode());
        assertTrue(lees(() -> Machtiging.<Machtiging>findById(machtiging).ingetrokkenOp == null));
    }
}
