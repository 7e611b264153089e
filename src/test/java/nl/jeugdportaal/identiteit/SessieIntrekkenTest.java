package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Verzetteklok;
import org.junit.jupiter.api.Test;

/**
 * The security review copied a session cookie and opened the dossier with it after logging out.
 * Now the server's record of the session decides: a copy is refused at the very next request.
 */
@QuarkusTest
class SessieIntrekkenTest {

    @Test
    void naUitloggenWeigertHetPortaalEenGekopieerdeCookie() {
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        Inlogsessie kopie = sanne.kopieVanDeCookies();
        assertTrue(kopie.open("/start").body().contains("Noor de Vries"), "de kopie werkt zolang de sessie loopt");

        assertTrue(sanne.open("/uitloggen").body().contains("U bent uitgelogd"));

        geweigerd(kopie.get(Portaal.URL + "/start"), "/uitgelogd", "Noor");
    }

    /**
     * The clock stands on the last nanosecond of a microsecond, finer than PostgreSQL keeps: the
     * fifteen minutes still count exactly (CI once saw 15 minutes minus a rounding pass).
     */
    @Test
    void naVijftienMinutenNietsDoenIsDeSessieVoorbij() {
        Verzetteklok klok = Verzetteklok.op(Instant.now().truncatedTo(ChronoUnit.MICROS).plusNanos(999));
        Inlogsessie daan = Inlogsessie.als(Portaal.URL, "daan");
        Inlogsessie kopie = daan.kopieVanDeCookies();
        klok.verzet(Duration.ofMinutes(14));
        assertEquals(200, daan.get(Portaal.URL + "/start").statusCode(), "14 minuten stil: nog ingelogd");

        klok.verzet(Duration.ofMinutes(15));
        geweigerd(daan.get(Portaal.URL + "/start"), "/sessie-verlopen", "Noor");
        geweigerd(kopie.get(Portaal.URL + "/start"), "/uitgelogd", "Noor");
    }

    /** Refused: sent to the page that says why, without a byte of the page asked for (which names {@code kind}). */
    static void geweigerd(HttpResponse<String> antwoord, String naar, String kind) {
        assertEquals(303, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.headers().firstValue("Location").orElseThrow().endsWith(naar),
                antwoord.headers().firstValue("Location").orElseThrow());
        assertFalse(antwoord.body().contains(kind), antwoord.body());
    }
}
