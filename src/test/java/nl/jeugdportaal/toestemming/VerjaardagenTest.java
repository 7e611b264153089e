package nl.jeugdportaal.toestemming;

import static nl.jeugdportaal.testsupport.Database.id;
import static nl.jeugdportaal.testsupport.Database.lees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.testsupport.Demostand;
import nl.jeugdportaal.verzoek.Bericht;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §2 rule 5: Sanne alone (the only gezag-holder) lets Mark see Noor's data while Noor is 11. On
 * Noor's 12th birthday Noor decides too, so the toestemming stops counting: Mark and Sanne are told,
 * Noor is asked, once, however often the daily job runs.
 */
@QuarkusTest
class VerjaardagenTest {
    @Inject
    Verjaardagen verjaardagen;

    private Demostand demostand;
    private long laatsteBericht;

    @BeforeEach
    void legVast() {
        demostand = Demostand.vastleggen();
        laatsteBericht = lees(() -> Bericht.getEntityManager()
                .createQuery("select coalesce(max(b.id), 0) from Bericht b", Long.class).getSingleResult());
    }

    /** The inbox of the demo families stays as other tests expect it. */
    @AfterEach
    void herstel() {
        demostand.herstel();
        QuarkusTransaction.requiringNew().run(() -> Bericht.delete("id > ?1", laatsteBericht));
    }

    private static long berichten(Long persoon) {
        return lees(() -> Bericht.count("persoon.id = ?1 and pad = '/toestemming'", persoon));
    }

    @Test
    void opDe12eVerjaardagTeltDeToestemmingVanMoederAlleenNietMeer() {
        Long noor = id("Noor");
        Long sanne = id("Sanne");
        Long mark = id("Mark");
        LocalDate twaalf = lees(() -> new nl.jeugdportaal.inzage.regels.Persoon("noor",
                Persoon.<Persoon>findById(noor).geboortedatum).verjaardag(12));
        QuarkusTransaction.requiringNew().run(() -> {
            Toestemming t = new Toestemming();
            t.gever = Persoon.findById(sanne);
            t.ontvanger = Persoon.findById(mark);
            t.over = Persoon.findById(noor);
            t.vanaf = twaalf.minusMonths(1);
            t.gegevenOp = twaalf.minusMonths(1);
            t.persist();
        });
        long voorMark = berichten(mark);
        long voorSanne = berichten(sanne);
        long voorNoor = berichten(noor);

        assertEquals(0, verjaardagen.meld(twaalf.minusDays(1)), "the day before, nothing changes");
        assertEquals(1, verjaardagen.meld(twaalf));
        assertEquals(0, verjaardagen.meld(twaalf), "a second run sends nothing twice");

        assertEquals(voorMark + 1, berichten(mark));
        assertEquals(voorSanne + 1, berichten(sanne));
        assertEquals(voorNoor + 1, berichten(noor));
        List<Bericht> aanNoor = lees(() -> Bericht.<Bericht>list("persoon.id = ?1 and pad = '/toestemming'", noor));
        assertTrue(aanNoor.get(aanNoor.size() - 1).tekst.contains("Je bent 12 jaar geworden."), aanNoor.toString());
    }
}
