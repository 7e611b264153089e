package nl.jeugdportaal.outbox;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Dienstprofiel;
import nl.jeugdportaal.testsupport.Mailserver;
import nl.jeugdportaal.testsupport.Wachten;
import nl.jeugdportaal.verzoek.Meldingen;
import nl.jeugdportaal.web.Tweetalig;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 4: mail leaves only after the commit, through a real SMTP server. A rollback
 * mails nothing; a mail server that is down delays the mail, and the worker sends it once the
 * server is back.
 */
@QuarkusTest
@TestProfile(Dienstprofiel.class)
class OutboxTest {
    private static final Tweetalig ONDERWERP = new Tweetalig("Uw klacht", "Your complaint");
    private static final Tweetalig TEKST = new Tweetalig("Er is nieuws.", "There is news.");

    @Inject
    Meldingen meldingen;

    private void meld(String voornaam, String pad) {
        Persoon p = Persoon.find("voornaam", voornaam).singleResult();
        meldingen.gewijzigd(p, p, "een klacht", pad, ONDERWERP, TEKST);
    }

    private static String email(String voornaam) {
        return Database.lees(() -> Persoon.<Persoon>find("voornaam", voornaam).singleResult().email);
    }

    @Test
    void eenTeruggedraaideTransactieMailtNiets() throws Exception {
        String aan = email("Linda");
        int voor = Mailserver.ontvangen(aan).size();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            meld("Linda", "/klachten/terug");
            throw new IllegalStateException("iets anders in dezelfde transactie mislukt");
        }));
        QuarkusTransaction.requiringNew().run(() -> meld("Linda", "/klachten/bewaard"));

        Wachten.tot(() -> Mailserver.ontvangen(aan).size() > voor, "de mail van de bewaarde transactie komt aan");
        // Several rounds of the worker later still only that one mail: the rolled-back one was never stored.
        Thread.sleep(3000);
        assertEquals(voor + 1, Mailserver.ontvangen(aan).size());
        assertEquals(0, Database.lees(() -> OutboxMail.count("verstuurdOp is null and aan = ?1", aan)));
        assertEquals(0, Database.lees(() -> nl.jeugdportaal.verzoek.Bericht.count("pad = '/klachten/terug'")),
                "ook het bericht in het portaal is teruggedraaid");
    }

    @Test
    void alsDeMailserverPlatLigtGaatDeMailLaterAlsnog() {
        String aan = email("Petra");
        int voor = Mailserver.ontvangen(aan).size();
        Mailserver.stopTijdelijk();
        try {
            QuarkusTransaction.requiringNew().run(() -> meld("Petra", "/klachten/later"));
            Wachten.tot(() -> Database.lees(() -> OutboxMail.<OutboxMail>find("aan = ?1 and verstuurdOp is null", aan)
                    .firstResultOptional().map(m -> m.pogingen > 0 && m.laatsteFout != null).orElse(false)),
                    "de eerste poging mislukt en blijft staan");
        } finally {
            Mailserver.weerAan();
        }
        assertEquals(voor, Mailserver.ontvangen(aan).size());
        // Skip the minute of waiting the backoff asks for; the worker picks it up on its next round.
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("volgendePoging = ?1 where aan = ?2 and verstuurdOp is null",
                Instant.now(), aan));
        Wachten.tot(() -> Mailserver.ontvangen(aan).size() == voor + 1, "de mail gaat alsnog, één keer");
        assertTrue(Mailserver.onderwerp(Mailserver.ontvangen(aan).get(voor)).equals("Jeugdportaal: Uw klacht"));
        assertTrue(Mailserver.tekst(Mailserver.ontvangen(aan).get(voor)).contains("Er is nieuws over een klacht"));
    }

    @Test
    void deWachttijdVerdubbeltTotEenUur() {
        assertEquals(Duration.ofMinutes(1), OutboxWorker.wachttijd(1));
        assertEquals(Duration.ofMinutes(2), OutboxWorker.wachttijd(2));
        assertEquals(Duration.ofMinutes(32), OutboxWorker.wachttijd(6));
        assertEquals(Duration.ofHours(1), OutboxWorker.wachttijd(7));
        assertEquals(Duration.ofHours(1), OutboxWorker.wachttijd(500));
    }
}
