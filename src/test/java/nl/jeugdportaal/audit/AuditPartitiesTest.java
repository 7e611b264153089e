package nl.jeugdportaal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import nl.jeugdportaal.testsupport.Auditregels;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Sessies;
import org.junit.jupiter.api.Test;

/**
 * The access log by month (V80): months exist ahead, a row lands in its own month, a month past the
 * retention term goes as a whole, and the newest months are never touched by it.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class AuditPartitiesTest {
    @Inject
    AuditPartities partities;
    @Inject
    Auditregels log;
    @Inject
    Demofeiten feiten;
    @Inject
    EntityManager em;

    @Test
    void deKomendeMaandenBestaanAlEnEenRegelKomtInZijnEigenMaand() {
        YearMonth nu = YearMonth.now(ZoneOffset.UTC);
        assertEquals(List.of(nu, nu.plusMonths(1), nu.plusMonths(2), nu.plusMonths(3)), partities.maakVooruit());
        assertTrue(partities.bestaand().containsAll(List.of(nu, nu.plusMonths(1), nu.plusMonths(2), nu.plusMonths(3))));

        new Sessies().van("sanne").open("/dossier/" + feiten.id("noor"));
        long id = log.hoogsteId();
        String maand = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select tableoid::regclass::text from audit_regel where id = " + id).getSingleResult());
        assertEquals(AuditPartities.naam(AuditPartities.maand(log.regel(id).tijdstip)), maand);
    }

    @Test
    void eenMaandVoorbijDeBewaartermijnGaatInZijnGeheel() {
        YearMonth oud = YearMonth.of(1990, 3);
        YearMonth grens = YearMonth.of(1990, 4);
        for (YearMonth m : List.of(oud, grens)) {
            Instant moment = m.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC);
            QuarkusTransaction.requiringNew().run(() -> {
                partities.zorgVoor(moment);
                em.createNativeQuery("insert into audit_regel (tijdstip, actor_rol, actie, uitkomst) values"
                        + " (cast(:t as timestamptz), 'fg', 'AUDITLOG_DOORZOCHT', 'TOEGESTAAN')")
                        .setParameter("t", moment.toString()).executeUpdate();
            });
        }
        long voor = log.aantal();

        List<YearMonth> weg = QuarkusTransaction.requiringNew().call(() -> partities.ruimOpVoor(grens));

        assertEquals(List.of(oud), weg, "alleen de maand vóór de grens");
        assertEquals(voor - 1, log.aantal(), "de rijen van die maand, en geen andere");
        assertFalse(partities.bestaand().contains(oud));
        assertTrue(partities.bestaand().contains(grens));
        assertTrue(partities.bestaand().contains(YearMonth.now(ZoneOffset.UTC)));
        // The configured term (30 years) takes 1990-04 as well, and nothing of the last 30 years.
        assertEquals(List.of(grens), QuarkusTransaction.requiringNew().call(() -> partities.ruimOp()));
        assertTrue(partities.bestaand().stream().allMatch(m -> !m.isBefore(YearMonth.now(ZoneOffset.UTC).minusMonths(360))));
    }
}
