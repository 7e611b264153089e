package nl.jeugdportaal.verzoek.regels;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TekstcontroleTest {

    @Test
    void leegVerplichtVeld() {
        assertNotNull(Tekstcontrole.fout(null, true, false));
        assertNotNull(Tekstcontrole.fout("   \n ", true, true));
        assertNull(Tekstcontrole.fout("", false, false), "een leeg veld dat niet hoeft is goed");
    }

    @Test
    void teLangNoemtHetAantal() {
        String lang = "a".repeat(100_000);
        String fout = Tekstcontrole.fout(lang, true, false);
        assertTrue(fout.contains("5000") && fout.contains("100000"), fout);
        assertNull(Tekstcontrole.fout("a".repeat(Tekstcontrole.MAX_TEKENS), true, false), "precies de grens mag");
    }

    @Test
    void codeWordtGenoemdGewoneTekensNiet() {
        assertNotNull(Tekstcontrole.fout("<script>alert(1)</script>", true, false));
        assertNotNull(Tekstcontrole.fout("hallo <img src=x onerror=alert(1)>", true, false));
        assertNotNull(Tekstcontrole.fout("<!-- x -->", true, false));
        assertNull(Tekstcontrole.fout("Noor is 3 < 4 keer te laat gekomen en > 2 keer op tijd.", true, false));
        assertNull(Tekstcontrole.fout("Mijn naam is Ayşe, niet Ayse.", true, false));
    }

    @Test
    void jeOfU() {
        assertTrue(Tekstcontrole.fout("x".repeat(6000), true, true).startsWith("Je tekst"));
        assertTrue(Tekstcontrole.fout("x".repeat(6000), true, false).startsWith("Uw tekst"));
    }
}
