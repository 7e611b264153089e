package nl.jeugdportaal.web;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Dienstprofiel;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * The submit limit in PostgreSQL: the window with a clock the test moves by hand, refused
 * attempts that leave nothing behind, and the withdrawal that no limit ever blocks.
 */
@QuarkusTest
@TestProfile(Dienstprofiel.class)
class IndienlimietTest {

    /** A clock that only moves when the test says so. */
    static final class Wijzer extends Clock {
        Instant nu;

        Wijzer(Instant begin) {
            nu = begin;
        }

        void verzet(Duration d) {
            nu = nu.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    /** Each test far in the future of its own, so the rows of one never fall in another's window. */
    private static Wijzer klokIn(int jaar) {
        return new Wijzer(Instant.parse(jaar + "-03-02T09:00:00Z"));
    }

    private static boolean telMee(Indienlimiet limiet, String voornaam) {
        try {
            QuarkusTransaction.requiringNew().run(() -> limiet.telMee(Persoon.<Persoon>find("voornaam", voornaam).singleResult()));
            return true;
        } catch (Indienlimiet.TeVaak e) {
            return false;
        }
    }

    @Test
    void drieKeerMagDeVierdeNiet() {
        Indienlimiet limiet = new Indienlimiet(klokIn(2091), 3);
        assertTrue(telMee(limiet, "Sanne"));
        assertTrue(telMee(limiet, "Sanne"));
        assertTrue(telMee(limiet, "Sanne"));
        assertFalse(telMee(limiet, "Sanne"));
    }

    @Test
    void iederTeltVoorZichzelf() {
        Indienlimiet limiet = new Indienlimiet(klokIn(2092), 3);
        for (int i = 0; i < 3; i++) {
            telMee(limiet, "Linda");
        }
        assertTrue(telMee(limiet, "Erik"));
    }

    @Test
    void hetVensterSchuiftMee() {
        Wijzer klok = klokIn(2093);
        Indienlimiet limiet = new Indienlimiet(klok, 3);
        telMee(limiet, "Petra");
        klok.verzet(Duration.ofMinutes(30));
        telMee(limiet, "Petra");
        telMee(limiet, "Petra");
        assertFalse(telMee(limiet, "Petra"));
        // An hour after the first submit that one no longer counts, the two later ones still do.
        klok.verzet(Duration.ofMinutes(30));
        assertTrue(telMee(limiet, "Petra"));
        assertFalse(telMee(limiet, "Petra"));
        klok.verzet(Duration.ofMinutes(30));
        assertTrue(telMee(limiet, "Petra"));
    }

    @Test
    void eenGeweigerdePogingTeltNietMee() {
        Wijzer klok = klokIn(2094);
        Indienlimiet limiet = new Indienlimiet(klok, 3);
        for (int i = 0; i < 10; i++) {
            telMee(limiet, "Karim");
        }
        // Only the three accepted submits fill the hour, not the seven refused ones.
        klok.verzet(Duration.ofMinutes(61));
        assertTrue(telMee(limiet, "Karim"));
        assertTrue(telMee(limiet, "Karim"));
        assertTrue(telMee(limiet, "Karim"));
    }

    /** Issue #15 item 5: a full hour refuses every new toestemming, and the withdrawal still goes through at once. */
    @Test
    void naVijfentwintigGeweigerdePogingenTrektElifToestemmingToch() {
        Long murat = Database.id("Murat");
        Long elif = Database.id("Elif");
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "elif");
        sessie.open("/toestemming");
        HttpResponse<String> gegeven = sessie.post("/toestemming", Map.of("over", String.valueOf(elif),
                "aan", String.valueOf(murat), "tot", ""));
        assertEquals(200, gegeven.statusCode(), gegeven.body());
        Long toestemming = Database.lees(() -> Toestemming.<Toestemming>find(
                "gever.id = ?1 and ontvanger.id = ?2 and ingetrokkenOp is null", elif, murat).singleResult().id);
        // The rest of the hour filled with stored submissions: one was real, 19 are counted directly.
        QuarkusTransaction.requiringNew().run(() -> {
            Persoon ik = Persoon.findById(elif);
            for (int i = 1; i < 20; i++) {
                new Indienlimiet(Clock.systemUTC(), 20).telMee(ik);
            }
        });
        long toestemmingen = Database.lees(() -> Toestemming.count());
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> geweigerd = sessie.post("/toestemming", Map.of("over", String.valueOf(elif),
                    "aan", String.valueOf(Database.id("Ayşe")), "tot", LocalDate.now().plusDays(i + 1).toString()));
            assertEquals(429, geweigerd.statusCode(), "poging " + i);
        }
        assertEquals(toestemmingen, Database.lees(() -> Toestemming.count()), "geen enkele geweigerde poging opgeslagen");

        HttpResponse<String> ingetrokken = sessie.post("/toestemming/" + toestemming + "/intrekken", Map.of());
        assertEquals(200, ingetrokken.statusCode(), ingetrokken.body());
        assertTrue(Html.tekst(ingetrokken.body()).contains("De toestemming is ingetrokken. Dat geldt meteen."));
        assertNotNull(Database.lees(() -> Toestemming.<Toestemming>findById(toestemming).ingetrokkenOp));
    }
}
