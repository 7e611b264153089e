package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The start page in English: how the reader stands to the child, the measures and their dates. */
@QuarkusTest
class StartInHetEngelsTest {
    private static final String DATUM = "\\d{1,2} [A-Z][a-z]+ \\d{4}";

    private static Document start(String login) {
        return Jsoup.parse(Inlogsessie.als(Portaal.URL, login).inHetEngels().open("/start").body());
    }

    @Test
    void eenOuderLeestZijnBandEnDeMaatregelInHetEngels() {
        Document sanne = start("sanne");
        assertEquals("Welcome, Sanne de Vries", sanne.selectFirst("h1").text());
        assertTrue(sanne.text().contains("You are the parent of Noor and you have parental authority (gezag)."),
                sanne.text());
        String maatregel = sanne.selectFirst(".maatregelen li").text();
        assertTrue(maatregel.matches("Supervision order \\(OTS\\): since " + DATUM + ", up to and including " + DATUM + "\\."),
                maatregel);
        assertEquals("View the file of Noor de Vries", sanne.selectFirst("a[href^=/dossier/]").text());
    }

    @Test
    void eenJeugdigeEnEenVertrouwenspersoonOokInHetEngels() {
        Document daan = start("daan");
        assertEquals("Hi Daan", daan.selectFirst("h1").text());
        assertTrue(daan.text().contains("This is your own file."), daan.text());

        Document femke = start("femke");
        assertTrue(femke.text().matches(".*Sanne de Vries, authorisation since " + DATUM + "\\..*"), femke.text());
        assertTrue(femke.selectFirst("a[href*=namens]").text().matches("File of .+ \\(on behalf of Sanne de Vries\\)"));
    }
}
