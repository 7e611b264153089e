package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.testsupport.Demofeiten.StukFeit;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Sanne chose English: the dossier page speaks English (dates, kinds, reasons, what to do next),
 * while the stukken stay as the GI wrote them, marked Dutch for screen readers. The JSON API is read
 * by programs and stays Dutch whatever she chose.
 */
@QuarkusTest
class DossierInHetEngelsTest {
    private static final DateTimeFormatter ENGELS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    Demofeiten feiten;

    private HttpResponse<String> open(String pad) {
        return Inlogsessie.als(Portaal.URL, "sanne").inHetEngels().open(pad);
    }

    @Test
    void deDossierpaginaIsEngelsEnDeStukkenBlijvenNederlands() {
        Document pagina = Jsoup.parse(open("/dossier/" + feiten.id("noor") + "?soort=GESPREKSVERSLAG").body());
        assertEquals("File of Noor de Vries", pagina.selectFirst("h1").text());

        StukFeit gezien = feiten.stukken("noor", s -> s.soort() == StukSoort.GESPREKSVERSLAG && !s.afgeschermd()
                && s.alleenOver(java.util.Set.of("sanne", "noor"))).get(0);
        Element stuk = pagina.getElementById("stuk-" + gezien.id()).parent();
        assertEquals("nl", stuk.selectFirst("h2").attr("lang"), "the GI's title is Dutch");
        assertTrue(stuk.select("p[lang=nl]").size() > 0, "the GI's text is marked Dutch");
        assertTrue(stuk.selectFirst(".meta").text().startsWith(ENGELS.format(gezien.datum()) + " · Report of a conversation · "),
                stuk.selectFirst(".meta").text());
        assertEquals("Why can I see this?", stuk.selectFirst("summary").text());

        Element verborgen = pagina.selectFirst(".stuk.verborgen");
        assertTrue(verborgen.text().matches("You cannot see \\d+ documents?\\. This document is also about .*"), verborgen.text());
        assertTrue(verborgen.text().endsWith("Do you have questions? Ask your jeugdbeschermer."), verborgen.text());
    }

    @Test
    void eenVerkeerdeDatumKrijgtEenEngelseMelding() {
        Document pagina = Jsoup.parse(open("/dossier/" + feiten.id("noor") + "?van=2026-03-01&tot=2026-02-01").body());
        assertEquals("The end date is before the start date. Choose an end date after the start date.",
                pagina.getElementById("periode-fout").text());
    }

    @Test
    void deJsonApiBlijftNederlands() throws Exception {
        HttpResponse<String> antwoord = open("/api/dossiers/" + feiten.id("noor") + "/stukken?soort=GESPREKSVERSLAG");
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        JsonNode pagina = new ObjectMapper().readTree(antwoord.body());
        assertTrue(pagina.get("regels").size() > 0, antwoord.body());
        for (JsonNode regel : pagina.get("regels")) {
            assertEquals("Verslag van een gesprek", regel.get("soort").asText());
            assertFalse(regel.get("reden").asText().contains("You "), regel.get("reden").asText());
        }
        // The stukken Sanne may not see are counted per reason, and say in Dutch what she can do.
        assertTrue(pagina.get("verborgen").size() > 0, antwoord.body());
        for (JsonNode groep : pagina.get("verborgen")) {
            assertEquals("Heeft u vragen? Stel ze aan uw jeugdbeschermer.", groep.get("volgendeStap").asText());
            assertFalse(groep.get("reden").asText().contains("You "), groep.get("reden").asText());
        }
        HttpResponse<String> fout = open("/api/dossiers/" + feiten.id("noor") + "/stukken?van=gisteren");
        assertEquals(400, fout.statusCode());
        assertTrue(fout.body().contains("Deze datum kunnen we niet lezen."), fout.body());
    }
}
