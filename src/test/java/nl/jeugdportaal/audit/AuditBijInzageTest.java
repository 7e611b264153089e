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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.inzage.DossierInzagePerRolTest;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.testsupport.Auditregels;
import nl.jeugdportaal.testsupport.Demofeiten.StukFeit;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Sessies;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §2.8: every view and every refusal is logged (who, on whose behalf, whose data, which
 * stukken, which rule, outcome), one row per page view, and the log cannot be rewritten:
 * PostgreSQL itself refuses UPDATE, DELETE and TRUNCATE on it, on every month's partition too.
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

    @Test
    void elkGetoondEnElkVerborgenStukStaatInEenRegelVoorDePagina() {
        // Linda opens the "Informatie van anderen" of Daan: shown, hidden and afgeschermde stukken, all on one page.
        List<StukFeit> stukken = feiten.stukken("daan", s -> s.soort() == StukSoort.INFORMATIE_DERDEN);
        assertTrue(stukken.size() <= 25 && stukken.stream().anyMatch(StukFeit::afgeschermd));
        var linda = DossierInzagePerRolTest.verwachting("linda", "daan");

        List<AuditRegel> rijen = bekijk("linda", "/dossier/" + feiten.id("daan") + "?soort=INFORMATIE_DERDEN");

        // One row for the page view (V80; it was one per stuk and per person), naming every stuk.
        assertEquals(1, rijen.size(), () -> "één regel per bekeken pagina: " + rijen.size());
        AuditRegel a = rijen.get(0);
        assertEquals(Actie.DOSSIER_BEKEKEN, a.actie);
        assertEquals(Uitkomst.TOEGESTAAN, a.uitkomst);
        assertEquals(feiten.id("linda"), a.actorId);
        assertEquals("ouder", a.actorRol);
        assertNull(a.namensId, "Linda handelt voor zichzelf");
        assertEquals(feiten.dossierId("daan"), a.dossierId);

        Set<Long> gezien = new HashSet<>();
        Set<Long> geweigerd = new HashSet<>();
        Set<Long> overGezien = new HashSet<>(List.of(feiten.id("daan")));
        Set<Long> overGeweigerd = new HashSet<>();
        for (StukFeit s : stukken) {
            (linda.mag(s) ? gezien : geweigerd).add(s.id());
            s.over().forEach(p -> (linda.mag(s) ? overGezien : overGeweigerd).add(feiten.id(p)));
        }
        overGeweigerd.removeAll(overGezien);
        assertEquals(gezien, new HashSet<>(a.stukken), "de getoonde stukken");
        assertEquals(geweigerd, new HashSet<>(a.geweigerd), "de geweigerde stukken");
        assertEquals(stukken.size(), a.stukken.size() + a.geweigerd.size(), "elk stuk één keer");
        assertEquals(overGezien, new HashSet<>(a.betreft), "wier gegevens de pagina toonde: het kind en wie in de stukken staat");
        assertEquals(overGeweigerd, new HashSet<>(a.betreftGeweigerd), "over wie alleen iets geweigerd werd");
        assertEquals(a.stukken.size(), a.stukRegels.size());
        assertEquals(a.geweigerd.size(), a.geweigerdRegels.size());
        for (String regel : concat(a.stukRegels, a.geweigerdRegels)) {
            assertFalse(regel == null || regel.isBlank(), "elk stuk noemt de regel die besliste");
        }
        for (StukFeit s : stukken) {
            if (s.afgeschermd()) {
                assertEquals("AFG", a.geweigerdRegels.get(a.geweigerd.indexOf(s.id())),
                        "een afgeschermd stuk is geweigerd omdat het is afgeschermd");
            }
        }
    }

    private static List<String> concat(List<String> een, List<String> twee) {
        List<String> alle = new ArrayList<>(een);
        alle.addAll(twee);
        return alle;
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
            assertFalse(a.uitkomst == Uitkomst.TOEGESTAAN && a.namensId == null
                    && a.betreft.stream().anyMatch(p -> !p.equals(feiten.id("femke"))),
                    () -> "Femke zag stukken " + a.stukken + " over " + a.betreft + " zonder dat het log zegt namens wie");
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
        assertEquals(List.of(feiten.id("daan")), a.betreft, "zo ziet Daans kant dat iemand het probeerde");
        assertEquals(feiten.dossierId("daan"), a.dossierId);
        assertEquals(List.of(), a.stukken);
        assertEquals(List.of(), a.geweigerd);

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
        assertEquals(List.of(feiten.id("elif")), a.betreft);
        assertNull(a.namensId, "Ayşe gaf geen machtiging, dus Femke handelde niet namens haar");
    }

    @Test
    void postgresqlWeigertWijzigenWissenEnLegen() {
        bekijk("sanne", "/dossier/" + feiten.id("noor") + "?soort=BRIEF");
        long id = log.hoogsteId();
        AuditRegel voor = log.regel(id);
        long aantal = log.aantal();

        String maand = "audit_regel_" + DateTimeFormatter.ofPattern("yyyy_MM").format(voor.tijdstip.atOffset(ZoneOffset.UTC));
        for (String sql : List.of(
                "update audit_regel set regel = 'VERVALST', actor_id = null where id = " + id,
                "delete from audit_regel where id = " + id,
                "truncate audit_regel",
                "update " + maand + " set stukken = '{}' where id = " + id,
                "delete from " + maand + " where id = " + id,
                "truncate " + maand)) {
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

}
