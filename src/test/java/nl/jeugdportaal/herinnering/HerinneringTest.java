package nl.jeugdportaal.herinnering;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.klacht.Klacht;
import nl.jeugdportaal.klacht.Klachtgesprek;
import nl.jeugdportaal.klacht.regels.Aard;
import nl.jeugdportaal.klacht.regels.Klagersoort;
import nl.jeugdportaal.klacht.regels.Maatregelsoort;
import nl.jeugdportaal.klacht.regels.Ondersteuning;
import nl.jeugdportaal.klacht.regels.Route;
import nl.jeugdportaal.plan.Plan;
import nl.jeugdportaal.plan.Termijnen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Team;
import nl.jeugdportaal.scheduler.Dagtaken;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Dienstprofiel;
import nl.jeugdportaal.testsupport.Mailserver;
import nl.jeugdportaal.testsupport.Testdossiers;
import nl.jeugdportaal.testsupport.Verzetbareklok;
import nl.jeugdportaal.testsupport.Wachten;
import nl.jeugdportaal.verzoek.Bericht;
import nl.jeugdportaal.verzoek.Verzoek;
import nl.jeugdportaal.verzoek.regels.Status;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 item 2: on the day before each term runs out, the daily job sends exactly one reminder
 * per term to the jeugdbeschermer who must act, in the inbox and by real mail (GreenMail); a second
 * run sends nothing again; after the actions were taken, the day after the terms sends nothing,
 * and the one term left open goes to the leidinggevende. The cases belong to a jeugdbeschermer and
 * a team made for this test, so the demo's own terms never mix in.
 */
@QuarkusTest
@TestProfile(Dienstprofiel.class)
class HerinneringTest {
    private static final String JB_MAIL = "jb-herinnering@test.jeugdportaal.nl";
    private static final String LG_MAIL = "lg-herinnering@test.jeugdportaal.nl";

    @Inject
    Dagtaken dagtaken;
    @Inject
    Verzetbareklok klok;

    @AfterEach
    void echteTijd() {
        klok.echt();
    }

    /** The cases of the test, one per term, all running out on {@code x}. */
    record Zaken(long verzoek, long controleVerzoek, long gesprek, long kjmnKlacht, long ecDossier, long pvaDossier,
            long hulpDossier, long verlDossier, long jb, long lg) {
    }

    @Test
    void eenHerinneringPerTermijnEnNietsMeerNaDeActie() {
        // A Wednesday months ahead with a day of month that exists in every month, so "one month
        // before" and "three months before" land back on it exactly.
        LocalDate x = LocalDate.now().plusMonths(4).withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Zaken z = QuarkusTransaction.requiringNew().call(() -> maakZaken(x));

        klok.zet(x.minusDays(1));
        dagtaken.voerUit();
        dagtaken.voerUit();
        Set<String> verwacht = Set.of("VERZOEK_ANTWOORD " + z.verzoek(), "VERZOEK_ANTWOORD " + z.controleVerzoek(),
                "VERSLAG_KLACHTGESPREK " + z.gesprek(), "KJMN_REACTIE " + z.kjmnKlacht(), "EERSTE_CONTACT " + z.ecDossier(),
                "PLAN_VAN_AANPAK " + z.pvaDossier(), "HULP_GESTART " + z.hulpDossier(), "VERLENGINGSVERZOEK " + z.verlDossier());
        assertEquals(verwacht, herinneringen(z.jb(), "HERINNERING"), "één herinnering per termijn, aan de jeugdbeschermer");
        assertEquals(8, herinneringRijen(z.jb()), "twee keer de taak: toch elke herinnering één keer");
        assertEquals(8, Database.lees(() -> Bericht.count("persoon.id = ?1", z.jb())), "in de inbox");
        Wachten.opMails(JB_MAIL, 8);
        List<String> onderwerpen = Mailserver.ontvangen(JB_MAIL).stream().map(Mailserver::onderwerp).sorted().toList();
        assertEquals(8, onderwerpen.size(), onderwerpen.toString());
        assertEquals(7, Set.copyOf(onderwerpen).size(), "de zeven soorten termijn, het verzoek twee keer: " + onderwerpen);
        assertTrue(onderwerpen.stream().allMatch(o -> o.startsWith("Jeugdportaal: termijn loopt bijna af: ")), onderwerpen.toString());
        assertTrue(Mailserver.ontvangen(LG_MAIL).isEmpty(), "de leidinggevende hoort nog niets");

        QuarkusTransaction.requiringNew().run(() -> doeAlles(z, x.minusDays(1)));
        klok.zet(x.plusDays(1));
        dagtaken.voerUit();
        dagtaken.voerUit();
        assertEquals(8, herinneringRijen(z.jb()), "na de actie geen herinnering meer");
        assertEquals(Set.of("VERZOEK_ANTWOORD " + z.controleVerzoek()), herinneringen(z.lg(), "VERLOPEN"),
                "alleen het verzoek dat bleef liggen gaat naar de leidinggevende");
        Wachten.opMails(LG_MAIL, 1);
        MimeMessage verlopen = Mailserver.ontvangen(LG_MAIL).get(0);
        assertEquals("Jeugdportaal: termijn verlopen: het antwoord op een verzoek", Mailserver.onderwerp(verlopen));
        Bericht bericht = Database.lees(() -> Bericht.<Bericht>find("persoon.id = ?1", z.lg()).singleResult());
        assertEquals("/verzoeken/" + z.controleVerzoek(), bericht.pad);
        assertTrue(bericht.tekst.contains("Wie het moet doen: Jet Volume"), bericht.tekst);
        assertEquals(8, Mailserver.ontvangen(JB_MAIL).size(), "geen mail meer aan de jeugdbeschermer");
    }

    private static Set<String> herinneringen(long persoon, String stap) {
        return Database.lees(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rijen = Panache.getEntityManager().createNativeQuery(
                    "select soort, zaak_id from herinnering where persoon_id = ?1 and stap = ?2")
                    .setParameter(1, persoon).setParameter(2, stap).getResultList();
            return rijen.stream().map(r -> r[0] + " " + r[1]).collect(Collectors.toSet());
        });
    }

    private static long herinneringRijen(long persoon) {
        return Database.lees(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from herinnering where persoon_id = ?1").setParameter(1, persoon)
                .getSingleResult()).longValue());
    }

    private static int volgnummer = 0;

    private static Persoon persoon(String voornaam, String email) {
        Persoon p = Testdossiers.persoon(String.format("99987%04d", volgnummer++), voornaam, LocalDate.of(1985, 5, 1));
        p.email = email;
        return p;
    }

    private static Dossier dossier(Persoon jb, LocalDate geopend, String naam) {
        Persoon kind = persoon(naam, null);
        kind.geboortedatum = LocalDate.now().minusYears(8);
        Dossier d = new Dossier();
        d.kind = kind;
        d.jeugdbeschermer = jb;
        d.geopend = geopend;
        d.persist();
        return d;
    }

    /** A plan with every term done except {@code open}. */
    private static void plan(Dossier d, Termijnen.Wat open, LocalDate gedaan) {
        Plan p = new Plan();
        p.dossier = d;
        p.fase = 1;
        p.faseSinds = d.geopend;
        p.status = Plan.Status.CONCEPT;
        p.watMoetVeranderen = "Test";
        p.voornemenEinde = Termijnen.Voornemen.NOG_OPEN;
        p.eersteContactOp = open == Termijnen.Wat.EERSTE_CONTACT ? null : gedaan;
        p.planVanAanpakOp = open == Termijnen.Wat.PLAN_VAN_AANPAK ? null : gedaan;
        p.hulpGestartOp = open == Termijnen.Wat.HULP ? null : gedaan;
        p.verzoekVerlengingOp = open == Termijnen.Wat.VERZOEK_VERLENGING ? null : gedaan;
        p.persist();
    }

    private static Zaken maakZaken(LocalDate x) {
        Persoon lg = persoon("Lotte", LG_MAIL);
        Team team = new Team();
        team.naam = "Team Herinnering";
        team.leidinggevende = lg;
        team.persist();
        Persoon jb = persoon("Jet", JB_MAIL);
        jb.team = team;

        LocalDate geopendEc = x.minusDays(7);
        while (!Termijnen.plusWerkdagen(geopendEc, 5).equals(x)) {
            geopendEc = geopendEc.plusDays(1);
        }
        Dossier ec = dossier(jb, geopendEc, "Eerste");
        plan(ec, Termijnen.Wat.EERSTE_CONTACT, geopendEc);
        Dossier pva = dossier(jb, x.minusWeeks(6), "Plan");
        plan(pva, Termijnen.Wat.PLAN_VAN_AANPAK, x.minusWeeks(6));
        Dossier hulp = dossier(jb, x.minusMonths(3), "Hulp");
        plan(hulp, Termijnen.Wat.HULP, x.minusMonths(3));
        Dossier verl = dossier(jb, x.minusYears(1), "Verlenging");
        plan(verl, Termijnen.Wat.VERZOEK_VERLENGING, x.minusYears(1));
        Maatregel ots = new Maatregel();
        ots.dossier = verl;
        ots.soort = MaatregelSoort.OTS;
        ots.begindatum = x.minusYears(1);
        ots.einddatum = x.plusWeeks(8);
        ots.persist();

        Persoon ouder = persoon("Olga", null);
        Verzoek verzoek = verzoek(ec, ouder, x);
        Verzoek controle = verzoek(ec, ouder, x);
        Klacht stap1 = klacht(ec, ouder, Route.STAP1);
        Klachtgesprek g = new Klachtgesprek();
        g.klacht = stap1;
        g.stap = 1;
        g.uitgenodigdOp = x.minusWeeks(3);
        g.datum = x.minusWeeks(2);
        g.deelnemers = "Olga en Jet";
        g.persist();
        Klacht kjmn = klacht(ec, ouder, Route.KJMN);
        kjmn.kjmnIngediend = x.minusMonths(4);
        kjmn.uitspraakOp = x.minusMonths(1);
        return new Zaken(verzoek.id, controle.id, g.id, kjmn.id, ec.id, pva.id, hulp.id, verl.id, jb.id, lg.id);
    }

    private static Verzoek verzoek(Dossier d, Persoon ouder, LocalDate x) {
        Verzoek v = new Verzoek();
        v.soort = Verzoeksoort.KOPIE;
        v.dossier = d;
        v.aanvrager = ouder;
        v.indiener = ouder;
        v.status = Status.INGEDIEND;
        v.ingediendOp = Instant.now();
        v.ontvangen = x.minusMonths(1);
        v.uiterlijk = x;
        v.persist();
        return v;
    }

    private static Klacht klacht(Dossier d, Persoon ouder, Route route) {
        Klacht k = new Klacht();
        k.dossier = d;
        k.klager = ouder;
        k.indiener = ouder;
        k.klagerSoort = Klagersoort.MOEDER;
        k.maatregel = Maatregelsoort.OTS;
        k.aard = Aard.BEJEGENING;
        k.ondersteuning = Ondersteuning.GEEN;
        k.tekst = "Een klacht voor de test.";
        k.route = route;
        k.ingediendOp = Instant.now();
        k.ingediend = LocalDate.now();
        k.persist();
        return k;
    }

    /** Every action taken on time, except the control request. */
    private static void doeAlles(Zaken z, LocalDate dag) {
        Verzoek v = Verzoek.findById(z.verzoek());
        v.status = Status.TOEGEWEZEN;
        v.besluitOp = dag;
        v.besluitDoor = Persoon.findById(z.jb());
        v.motivatie = "Toegewezen.";
        Klachtgesprek g = Klachtgesprek.findById(z.gesprek());
        g.verslag = "Verslag.";
        g.verslagOp = dag;
        Klacht k = Klacht.findById(z.kjmnKlacht());
        k.reactieOp = dag;
        k.reactieTekst = "Onze reactie.";
        for (long dossier : List.of(z.ecDossier(), z.pvaDossier(), z.hulpDossier(), z.verlDossier())) {
            Plan p = Plan.<Plan>find("dossier.id", dossier).singleResult();
            p.eersteContactOp = p.eersteContactOp == null ? dag : p.eersteContactOp;
            p.planVanAanpakOp = p.planVanAanpakOp == null ? dag : p.planVanAanpakOp;
            p.hulpGestartOp = p.hulpGestartOp == null ? dag : p.hulpGestartOp;
            p.verzoekVerlengingOp = p.verzoekVerlengingOp == null ? dag : p.verzoekVerlengingOp;
        }
    }
}
