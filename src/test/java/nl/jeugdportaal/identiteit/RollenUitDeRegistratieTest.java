package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Verzetteklok;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import org.junit.jupiter.api.Test;

/**
 * What someone is in the portal follows from the registration on the day of the request, not
 * from a role on the Keycloak account: a 12th birthday and an ended relation change the pages at
 * the next request of the same session, and nobody touches Keycloak.
 */
@QuarkusTest
class RollenUitDeRegistratieTest {

    @Test
    void eenKindKrijgtHetPortaalOpDeDagDatHet12Wordt() {
        Persoon noor = Database.lees(() -> Persoon.<Persoon>find("voornaam", "Noor").singleResult());
        LocalDate twaalf = noor.geboortedatum.plusYears(12);
        Verzetteklok klok = Verzetteklok.op(twaalf.atStartOfDay(Tijdzone.NEDERLAND).minusMinutes(1).toInstant());
        Inlogsessie sessie = Inlogsessie.viaDigid(Portaal.URL, noor.bsn);

        String ervoor = Html.tekst(sessie.open("/start").body());
        assertTrue(ervoor.contains("Dit portaal gaat voor jou open als je 12 jaar bent"), ervoor);
        assertFalse(ervoor.contains("Jouw dossier"), ervoor);
        assertEquals(404, sessie.open("/dossier/" + noor.id).statusCode(), "onder de 12 geen dossier");

        klok.verzet(Duration.ofMinutes(2));
        String erna = Html.tekst(sessie.open("/start").body());
        assertTrue(erna.contains("Hoi Noor"), erna);
        assertTrue(erna.contains("Jouw dossier"), erna);
        assertEquals(200, sessie.open("/dossier/" + noor.id).statusCode(), "op de verjaardag opent het dossier");
    }

    @Test
    void eenVoogdWiensVoogdijIsGeeindigdZietHetKindNietMeer() {
        Long karim = Database.id("Karim");
        Long yasmina = Database.id("Yasmina");
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, "karim");
        assertTrue(Html.tekst(sessie.open("/start").body()).contains("U bent de voogd"));
        assertEquals(200, sessie.open("/dossier/" + yasmina).statusCode());

        LocalDate tot = zetEinde(karim, yasmina, LocalDate.now(Tijdzone.NEDERLAND).minusDays(1));
        try {
            String erna = Html.tekst(sessie.open("/start").body());
            assertFalse(erna.contains("Yasmina El Amrani"), erna);
            assertTrue(erna.contains("Wij kunnen uw gegevens niet vinden"), erna);
            assertEquals(404, sessie.open("/dossier/" + yasmina).statusCode());
        } finally {
            zetEinde(karim, yasmina, tot);
        }
    }

    @Test
    void eenDigidLoginDieWeNietKennenKrijgtDeRustigePagina() {
        String pagina = Html.tekst(Inlogsessie.viaDigid(Portaal.URL, "298906429").open("/start").body());
        assertTrue(pagina.contains("Wij kunnen uw gegevens niet vinden"), pagina);
        assertTrue(pagina.contains("U bent ingelogd met DigiD"), pagina);
        assertTrue(pagina.contains("Neem contact op met uw jeugdbeschermer"), pagina);
    }

    /** Sets the end of the relation and returns the end it had. */
    private static LocalDate zetEinde(Long persoon, Long kind, LocalDate tot) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Relatie relatie = Relatie.find("persoon.id = ?1 and kind.id = ?2", persoon, kind).singleResult();
            LocalDate was = relatie.tot;
            relatie.tot = tot;
            return was;
        });
    }
}
