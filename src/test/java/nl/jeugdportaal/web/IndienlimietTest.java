package nl.jeugdportaal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The submit limit as plain Java, with a clock the test moves by hand. */
class IndienlimietTest {

    /** A clock that only moves when the test says so. */
    static final class Wijzer extends Clock {
        Instant nu = Instant.parse("2026-03-02T09:00:00Z");

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

    private final Wijzer klok = new Wijzer();
    private final Indienlimiet limiet = new Indienlimiet(klok, 3);

    @Test
    void drieKeerMagDeVierdeNiet() {
        assertTrue(limiet.telMee("a"));
        assertTrue(limiet.telMee("a"));
        assertTrue(limiet.telMee("a"));
        assertFalse(limiet.telMee("a"));
    }

    @Test
    void iederTeltVoorZichzelf() {
        for (int i = 0; i < 3; i++) {
            limiet.telMee("a");
        }
        assertTrue(limiet.telMee("b"));
    }

    @Test
    void hetVensterSchuiftMee() {
        limiet.telMee("a");
        klok.verzet(Duration.ofMinutes(30));
        limiet.telMee("a");
        limiet.telMee("a");
        assertFalse(limiet.telMee("a"));
        // An hour after the first submit that one no longer counts, the two later ones still do.
        klok.verzet(Duration.ofMinutes(30));
        assertTrue(limiet.telMee("a"));
        assertFalse(limiet.telMee("a"));
        klok.verzet(Duration.ofMinutes(30));
        assertTrue(limiet.telMee("a"));
    }

    @Test
    void eenGeweigerdePogingTeltNietMee() {
        for (int i = 0; i < 10; i++) {
            limiet.telMee("a");
        }
        // Only the three accepted submits fill the hour, not the seven refused ones.
        klok.verzet(Duration.ofMinutes(61));
        assertTrue(limiet.telMee("a"));
        assertTrue(limiet.telMee("a"));
        assertTrue(limiet.telMee("a"));
    }
}
