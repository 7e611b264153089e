package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * The security battery of issue 17, repeated: refusals that end in "not found" are still logged
 * (DOMAIN §2 rule 8), and staff never get the form for a client's own words (DOMAIN §3).
 */
@QuarkusTest
class InzageBeveiligingTest {

    private static long rijen(Actie actie, Long actor) {
        return Database.lees(() -> AuditRegel.count("actie = ?1 and actorId = ?2", actie, actor));
    }

    @Test
    void eenGeweigerdWieIsWieBlijftInHetLogstaanNaDe404() {
        Long daan = Database.id("Daan");
        long voor = rijen(Actie.DOSSIER_GEWEIGERD, daan);
        assertEquals(404, Inlogsessie.als(Portaal.URL, "daan").open("/wie-is-wie/" + Database.id("Noor")).statusCode());
        assertEquals(voor + 1, rijen(Actie.DOSSIER_GEWEIGERD, daan));
    }

    @Test
    void wieIsWieIsEenEigenActieInHetLog() {
        Long sanne = Database.id("Sanne");
        long voor = rijen(Actie.WIE_IS_WIE_BEKEKEN, sanne);
        assertEquals(200, Inlogsessie.als(Portaal.URL, "sanne").open("/wie-is-wie/" + Database.id("Noor")).statusCode());
        assertEquals(voor + 1, rijen(Actie.WIE_IS_WIE_BEKEKEN, sanne));
    }

    @Test
    void eenGeweigerdVerzoekWordtGelogdZonderDossier() {
        Long mark = Database.id("Mark");
        long voor = rijen(Actie.VERZOEK_NIET_GEOPEND, mark);
        assertEquals(404, Inlogsessie.als(Portaal.URL, "mark").open("/verzoeken/987654").statusCode());
        assertEquals(voor + 1, rijen(Actie.VERZOEK_NIET_GEOPEND, mark));
        assertTrue(Database.lees(() -> AuditRegel.<AuditRegel>find("actie = ?1 and actorId = ?2", Actie.VERZOEK_NIET_GEOPEND, mark)
                .list().stream().allMatch(r -> r.dossierId == null && (r.betreft == null || r.betreft.isEmpty()))));
    }

    @Test
    void karinEnPeterKrijgenGeenFormulierVoorEenEigenVerklaring() {
        Long noor = Database.id("Noor");
        long stuk = Database.lees(() -> Stuk.<Stuk>find("dossier.kind.id", noor).firstResult().id);
        for (String login : new String[] {"karin", "peter"}) {
            Inlogsessie sessie = Inlogsessie.als(Portaal.URL, login);
            assertEquals(200, sessie.open("/dossier/" + noor).statusCode(), login + " ziet het dossier wel");
            assertEquals(404, sessie.open("/verklaringen/nieuw?kind=" + noor + "&stuk=" + stuk).statusCode(), login);
        }
    }
}
