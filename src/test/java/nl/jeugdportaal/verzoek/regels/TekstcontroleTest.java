package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TekstcontroleTest {

    @Test
    void leegVerplichtVeld() {
        assertNotNull(Tekstcontrole.fout(null, true, new Lezer(false, false)));
        assertNotNull(Tekstcontrole.fout("   \n ", true, new Lezer(true, false)));
        assertNull(Tekstcontrole.fout("", false, new Lezer(false, false)), "een leeg veld dat niet hoeft is goed");
    }

    @Test
    void teLangNoemtHetAantal() {
        String lang = "a".repeat(100_000);
        String fout = Tekstcontrole.fout(lang, true, new Lezer(false, false));
        assertTrue(fout.contains("5000") && fout.contains("100000"), fout);
        assertNull(Tekstcontrole.fout("a".repeat(Tekstcontrole.MAX_TEKENS), true, new Lezer(false, false)), "precies de grens mag");
    }

    @Test
    void codeWordtGenoemdGewoneTekensNiet() {
        assertNotNull(Tekstcontrole.fout("<script>alert(1)</script>", true, new Lezer(false, false)));
        assertNotNull(Tekstcontrole.fout("hallo <img src=x onerror=alert(1)>", true, new Lezer(false, false)));
        assertNotNull(Tekstcontrole.fout("<!-- x -->", true, new Lezer(false, false)));
        assertNull(Tekstcontrole.fout("Noor is 3 < 4 keer te laat gekomen en > 2 keer op tijd.", true, new Lezer(false, false)));
        assertNull(Tekstcontrole.fout("Mijn naam is Ayşe, niet Ayse.", true, new Lezer(false, false)));
    }

    @Test
    void jeOfU() {
        assertTrue(Tekstcontrole.fout("x".repeat(6000), true, new Lezer(true, false)).startsWith("Je tekst"));
        assertTrue(Tekstcontrole.fout("x".repeat(6000), true, new Lezer(false, false)).startsWith("Uw tekst"));
    }
}
