package nl.jeugdportaal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.jeugdportaal.inzage.DossierInzagePerRolTest;
import nl.jeugdportaal.inzage.StukSoort;
import nl.jeugdportaal.testsupport.Auditregels;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.Demofeiten.StukFeit;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Sessies;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §2.8: every view and every refusal is logged (who, on whose behalf, whose data, which
 * stuk, which rule, outcome), one row per person whose data it was, and the log cannot be rewritten:
 * PostgreSQL itself refuses UPDATE, DELETE and TRUNCATE on it.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class AuditBijInzageTest {

    @Inject
    Demofeiten feiten;
    @Inject
    Auditregels log;
    @Inject
    EntityManager em;

    private static final Sessies SESSIES = new Sessies();

    /** What a log row says, without its id and time. */
    record Rij(Actie actie, Uitkomst uitkomst, Long stuk, Long betreft) {
    }

    @Test
    void elkGetoondEnElkVerborgenStukStaatPerPersoonInHetLog() {
        // Linda opens the "Informatie van anderen" of Daan: shown, hidden and afgeschermde stukken, all on one page.
        List<StukFeit> stukken = feiten.stukken("daan", s -> s.soort() == StukSoort.INFORMATIE_DERDEN);
        assertTrue(stukken.size() <= 25 && stukken.stream().anyMatch(StukFeit::afgeschermd));
        var linda = DossierInzagePerRolTest.verwachting("linda", "daan");

        List<AuditRegel> rijen = bekijk("linda", "/dossier/" + feiten.id("daan") + "?soort=INFORMATIE_DERDEN");

        List<Rij> verwacht = new ArrayList<>();
        for (StukFeit s : stukken) {
            for (String persoon : s.over()) {
                verwacht.add(linda.mag(s)
                        ? new Rij(Actie.STUK_BEKEKEN, Uitkomst.TOEGESTAAN, s.id(), feiten.id(persoon))
                        : new Rij(Actie.STUK_GEWEIGERD, Uitkomst.GEWEIGERD, s.id(), feiten.id(persoon)));
            }
        }
        assertEquals(gesorteerd(verwacht), gesorteerd(rijen.stream()
                .map(a -> new Rij(a.actie, a.uitkomst, a.stukId, a.betreftId)).toList()));
        for (AuditRegel a : rijen) {
            assertEquals(feiten.id("linda"), a.actorId);
            assertEquals("ouder", a.actorRol);
            assertNull(a.namensId, "Linda handelt voor zichzelf");
            assertEquals(feiten.dossierId("daan"), a.dossierId);
            assertFalse(a.regel == null || a.regel.isBlank(), "elke regel noemt de regel die besliste");
            boolean afgeschermd = stukken.stream().anyMatch(s -> s.id().equals(a.stukId) && s.afgeschermd());
            if (afgeschermd) {
                assertEquals("AFG", a.regel, "een afgeschermd stuk is geweigerd omdat het is afgeschermd");
            }
        }
    }

    @Test
    void eenVertrouwenspersoonWordtGelogdNamensHaarClient() {
        List<AuditRegel> rijen = bekijk("femke",
                "/dossier/" + feiten.id("noor") + "?soort=GESPREKSVERSLAG&namens=" + feiten.id("sanne"));
        assertFalse(rijen.isEmpty());
        for (AuditRegel a : rijen) {
            assertEquals(feiten.id("femke"), a.actorId);
            assertEquals("vertrouwenspersoon", a.actorRol);
            assertEquals(feiten.id("sanne"), a.namensId, "op wiens machtiging Femke keek");
        }
    }

    @Test
    void eenVertrouwenspersoonZietNietsOpEenMachtigingZonderDatHetLogDeClientNoemt() {
        // §2.6 she acts only on a client's machtiging, §2.8 the log says on whose behalf. Opening
        // Noor's dossier without naming Sanne may be refused, but may not show stukken logged as her own.
        List<AuditRegel> rijen = bekijk("femke", "/dossier/" + feiten.id("noor"));
        assertFalse(rijen.isEmpty(), "ook een weigering wordt gelogd");
        for (AuditRegel a : rijen) {
            assertFalse(a.uitkomst == Uitkomst.TOEGESTAAN && a.namensId == null && !a.betreftId.equals(feiten.id("femke")),
                    () -> "Femke zag stuk " + a.stukId + " over persoon " + a.betreftId + " zonder dat het log zegt namens wie");
        }
    }

    @Test
    void eenGeweigerdDossierWordtGelogd() {
        // Mark has no business with Daan's dossier.
        List<AuditRegel> rijen = bekijk("mark", "/dossier/" + feiten.id("daan"));
        assertEquals(1, rijen.size(), () -> "precies één regel, niet per stuk: " + rijen.size());
        AuditRegel a = rijen.get(0);
        assertEquals(Actie.DOSSIER_GEWEIGERD, a.actie);
        assertEquals(Uitkomst.GEWEIGERD, a.uitkomst);
        assertEquals(feiten.id("mark"), a.actorId);
        assertEquals(feiten.id("daan"), a.betreftId, "zo ziet Daans kant dat iemand het probeerde");
        assertEquals(feiten.dossierId("daan"), a.dossierId);
        assertNull(a.stukId);

        List<AuditRegel> onbestaand = bekijk("mark", "/dossier/999999999");
        assertEquals(1, onbestaand.size());
        assertEquals(Actie.DOSSIER_GEWEIGERD, onbestaand.get(0).actie);
        assertEquals(feiten.id("mark"), onbestaand.get(0).actorId);
    }

    @Test
    void eenValseMachtigingWordtGelogdAlsGeweigerdDossier() {
        // Femke names Ayşe, who gave her no machtiging, to open Elif's dossier: a refusal like any other.
        List<AuditRegel> rijen = bekijk("femke", "/dossier/" + feiten.id("elif") + "?namens=" + feiten.id("ayse"));
        assertEquals(1, rijen.size(), "de geweigerde poging staat in het log");
        AuditRegel a = rijen.get(0);
        assertEquals(Actie.DOSSIER_GEWEIGERD, a.actie);
        assertEquals(Uitkomst.GEWEIGERD, a.uitkomst);
        assertEquals(feiten.id("femke"), a.actorId);
        assertEquals(feiten.id("elif"), a.betreftId);
        assertNull(a.namensId, "Ayşe gaf geen machtiging, dus Femke handelde niet namens haar");
    }

    @Test
    void postgresqlWeigertWijzigenWissenEnLegen() {
        bekijk("sanne", "/dossier/" + feiten.id("noor") + "?soort=BRIEF");
        long id = log.hoogsteId();
        AuditRegel voor = log.regel(id);
        long aantal = log.aantal();

        for (String sql : List.of(
                "update audit_regel set regel = 'VERVALST', actor_id = null where id = " + id,
                "delete from audit_regel where id = " + id,
                "truncate audit_regel")) {
            Exception fout = assertThrows(Exception.class, () -> voerUitEnDraaiTerug(sql), sql);
            String bewerking = sql.split(" ")[0].toUpperCase();
            assertTrue(oorzaken(fout).contains("audit_regel is alleen-toevoegen: " + bewerking + " is niet toegestaan"),
                    () -> sql + " faalde, maar niet door de trigger:\n" + oorzaken(fout));
        }

        AuditRegel na = log.regel(id);
        assertEquals(voor.regel, na.regel);
        assertEquals(voor.actorId, na.actorId);
        assertEquals(aantal, log.aantal());
    }

    /**
     * Runs the statement in its own transaction that is always rolled back: should the trigger be
     * missing, the test fails without having wiped the log for the tests after it.
     */
    private void voerUitEnDraaiTerug(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                em.createNativeQuery(sql).executeUpdate();
            } finally {
                QuarkusTransaction.setRollbackOnly();
            }
        });
    }

    private static String oorzaken(Throwable fout) {
        StringBuilder tekst = new StringBuilder();
        for (Throwable t = fout; t != null; t = t.getCause()) {
            tekst.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return tekst.toString();
    }

    /** Opens the page as the login and returns the log rows the request wrote. */
    private List<AuditRegel> bekijk(String login, String pad) {
        var sessie = SESSIES.van(login);
        long voor = log.hoogsteId();
        Instant start = Instant.now();
        sessie.open(pad);
        List<AuditRegel> rijen = log.na(voor);
        for (AuditRegel a : rijen) {
            assertFalse(a.tijdstip.isBefore(start.minusSeconds(1)) || a.tijdstip.isAfter(Instant.now().plusSeconds(1)),
                    "tijdstip van het verzoek: " + a.tijdstip);
        }
        return rijen;
    }

    private static List<Rij> gesorteerd(List<Rij> rijen) {
        return rijen.stream().sorted(Comparator.comparing(Rij::stuk).thenComparing(Rij::betreft)
                .thenComparing(Rij::actie)).toList();
    }
}
