package nl.jeugdportaal.plan;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.plan.Termijnen.Check;
import nl.jeugdportaal.plan.Termijnen.Einde;
import nl.jeugdportaal.plan.Termijnen.Status;
import nl.jeugdportaal.plan.Termijnen.Voornemen;
import nl.jeugdportaal.plan.Termijnen.Wat;
import nl.jeugdportaal.rechten.regels.Feestdagen;
import nl.jeugdportaal.registratie.MaatregelSoort;
import org.junit.jupiter.api.Test;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/** The legal terms on their edges, with a fixed clock: the last day itself, weekends, holidays. */
class TermijnenTest {
    private static final LocalDate VRIJDAG = LocalDate.of(2026, 3, 6);

    private static Termijnen op(LocalDate vandaag) {
        return new Termijnen(Clock.fixed(vandaag.atTime(12, 0).atZone(Tijdzone.NEDERLAND).toInstant(),
                Tijdzone.NEDERLAND));
    }

    private static Termijnen.Feiten feiten(LocalDate belast, LocalDate contact, Familiegroepsplan.Keuze keuze,
            LocalDate gekozen, LocalDate plan, LocalDate hulp, List<Einde> eindes, Voornemen voornemen,
            LocalDate verzoek, LocalDate raad) {
        return new Termijnen.Feiten(belast, contact, keuze, gekozen, plan, hulp, eindes, voornemen, verzoek, null, raad);
    }

    private static Termijnen.Feiten alleenBelast(LocalDate belast, LocalDate contact) {
        return feiten(belast, contact, null, null, null, null, List.of(), Voornemen.NOG_OPEN, null, null);
    }

    private static Check zoek(List<Check> checks, Wat wat) {
        return checks.stream().filter(c -> c.wat() == wat).findFirst()
                .orElseThrow(() -> new AssertionError("geen check " + wat + " in " + checks));
    }

    @Test
    void opVrijdagBelastBetekentContactUiterlijkDeVolgendeVrijdag() {
        assertEquals(LocalDate.of(2026, 3, 13), Termijnen.plusWerkdagen(VRIJDAG, 5));
        Check opTijd = zoek(op(LocalDate.of(2026, 3, 20)).controleer(alleenBelast(VRIJDAG, LocalDate.of(2026, 3, 13))),
                Wat.EERSTE_CONTACT);
        assertEquals(Status.OP_TIJD, opTijd.status(), "op de laatste dag zelf is op tijd");
        Check teLaat = zoek(op(LocalDate.of(2026, 3, 20)).controleer(alleenBelast(VRIJDAG, LocalDate.of(2026, 3, 16))),
                Wat.EERSTE_CONTACT);
        assertEquals(Status.TE_LAAT, teLaat.status(), "de maandag erna is te laat");
    }

    @Test
    void zonderContactLooptDeTermijnEnVerlooptNaDeLaatsteDag() {
        Check looptNog = zoek(op(LocalDate.of(2026, 3, 13)).controleer(alleenBelast(VRIJDAG, null)), Wat.EERSTE_CONTACT);
        assertEquals(Status.LOOPT, looptNog.status());
        assertEquals(0, looptNog.dagenOver());
        Check verlopen = zoek(op(LocalDate.of(2026, 3, 14)).controleer(alleenBelast(VRIJDAG, null)), Wat.EERSTE_CONTACT);
        assertEquals(Status.VERLOPEN, verlopen.status());
    }

    @Test
    void paasmaandagEnKoningsdagTellenNietAlsWerkdag() {
        assertEquals(LocalDate.of(2026, 4, 5), Feestdagen.pasen(2026));
        assertEquals(LocalDate.of(2025, 4, 20), Feestdagen.pasen(2025));
        assertEquals(LocalDate.of(2024, 3, 31), Feestdagen.pasen(2024));
        // Goede Vrijdag telt niet (Algemene termijnenwet art. 3 lid 2 stelt hem gelijk aan een feestdag), tweede paasdag ook niet.
        assertEquals(LocalDate.of(2026, 4, 13), Termijnen.plusWerkdagen(LocalDate.of(2026, 4, 2), 5));
        // Koningsdag (maandag 27 april 2026) telt niet.
        assertEquals(LocalDate.of(2026, 5, 4), Termijnen.plusWerkdagen(LocalDate.of(2026, 4, 24), 5));
        assertEquals(LocalDate.of(2025, 4, 26), Feestdagen.koningsdag(2025), "27 april 2025 was een zondag");
        assertFalse(Feestdagen.isWerkdag(LocalDate.of(2026, 12, 25)));
        assertFalse(Feestdagen.isWerkdag(LocalDate.of(2026, 5, 14)), "Hemelvaartsdag 2026");
        assertFalse(Feestdagen.isWerkdag(LocalDate.of(2026, 5, 25)), "tweede pinksterdag 2026");
    }

    @Test
    void planVanAanpakBinnenZesWekenNaBelastOfNaAfzien() {
        LocalDate belast = LocalDate.of(2026, 1, 5);
        Termijnen klok = op(LocalDate.of(2026, 3, 1));
        assertEquals(Status.OP_TIJD, zoek(klok.controleer(feiten(belast, belast, null, null, LocalDate.of(2026, 2, 16),
                null, List.of(), Voornemen.NOG_OPEN, null, null)), Wat.PLAN_VAN_AANPAK).status());
        assertEquals(Status.TE_LAAT, zoek(klok.controleer(feiten(belast, belast, null, null, LocalDate.of(2026, 2, 17),
                null, List.of(), Voornemen.NOG_OPEN, null, null)), Wat.PLAN_VAN_AANPAK).status());

        LocalDate afgezien = LocalDate.of(2026, 1, 20);
        Check naAfzien = zoek(klok.controleer(feiten(belast, belast, Familiegroepsplan.Keuze.AFZIEN, afgezien,
                LocalDate.of(2026, 2, 20), null, List.of(), Voornemen.NOG_OPEN, null, null)), Wat.PLAN_VAN_AANPAK);
        assertEquals(LocalDate.of(2026, 3, 3), naAfzien.uiterlijk(), "6 weken na het afzien, niet na het belasten");
        assertEquals(Status.OP_TIJD, naAfzien.status());
        assertEquals(Termijnen.Grond.NA_AFZIEN, naAfzien.grond());
    }

    @Test
    void zolangOudersZelfEenFamiliegroepsplanMakenLooptDeTermijnNiet() {
        LocalDate belast = LocalDate.of(2026, 1, 5);
        Check wacht = zoek(op(LocalDate.of(2026, 6, 1)).controleer(feiten(belast, belast,
                Familiegroepsplan.Keuze.ZELF_MAKEN, belast, null, null, List.of(), Voornemen.NOG_OPEN, null, null)),
                Wat.PLAN_VAN_AANPAK);
        assertEquals(Status.WACHT, wacht.status());
        assertNull(wacht.uiterlijk());
        assertEquals(Termijnen.Grond.EIGEN_PLAN, wacht.grond());
    }

    @Test
    void hulpBinnenDrieMaandenOokAanHetEindVanEenMaand() {
        LocalDate belast = LocalDate.of(2026, 1, 31);
        Termijnen.Feiten zonderHulp = alleenBelast(belast, belast);
        Check laatsteDag = zoek(op(LocalDate.of(2026, 4, 30)).controleer(zonderHulp), Wat.HULP);
        assertEquals(LocalDate.of(2026, 4, 30), laatsteDag.uiterlijk());
        assertEquals(Status.LOOPT, laatsteDag.status());
        assertEquals(Status.VERLOPEN, zoek(op(LocalDate.of(2026, 5, 1)).controleer(zonderHulp), Wat.HULP).status());
    }

    @Test
    void verzoekOmVerlengingLigtAchtWekenVoorHetEindeBijDeKinderrechter() {
        LocalDate belast = LocalDate.of(2026, 1, 2);
        List<Einde> einde = List.of(new Einde(MaatregelSoort.OTS, LocalDate.of(2026, 12, 31)));
        Termijnen klok = op(LocalDate.of(2026, 11, 6));
        Check opTijd = zoek(klok.controleer(feiten(belast, belast, null, null, null, null, einde, Voornemen.VERLENGEN,
                LocalDate.of(2026, 11, 5), null)), Wat.VERZOEK_VERLENGING);
        assertEquals(LocalDate.of(2026, 11, 5), opTijd.uiterlijk());
        assertEquals(Status.OP_TIJD, opTijd.status());
        assertEquals(Status.TE_LAAT, zoek(klok.controleer(feiten(belast, belast, null, null, null, null, einde,
                Voornemen.VERLENGEN, LocalDate.of(2026, 11, 6), null)), Wat.VERZOEK_VERLENGING).status());
        List<Check> nietIngediend = klok.controleer(feiten(belast, belast, null, null, null, null, einde,
                Voornemen.VERLENGEN, null, null));
        assertEquals(Status.VERLOPEN, zoek(nietIngediend, Wat.VERZOEK_VERLENGING).status());
        Check besluit = zoek(nietIngediend, Wat.BESLUIT_VERLENGING);
        assertEquals(LocalDate.of(2026, 12, 31), besluit.uiterlijk(), "het besluit valt voor het einde");
        assertEquals(Status.LOOPT, besluit.status());
    }

    @Test
    void wieWilStoppenLichtDeRaadTweeMaandenVoorHetEindeIn() {
        LocalDate belast = LocalDate.of(2026, 1, 2);
        List<Check> checks = op(LocalDate.of(2026, 11, 1)).controleer(feiten(belast, belast, null, null, null, null,
                List.of(new Einde(MaatregelSoort.OTS, LocalDate.of(2026, 12, 31))), Voornemen.STOPPEN, null, null));
        Check raad = zoek(checks, Wat.RAAD_INGELICHT);
        assertEquals(LocalDate.of(2026, 10, 31), raad.uiterlijk());
        assertEquals(Status.VERLOPEN, raad.status());
        assertTrue(checks.stream().noneMatch(c -> c.wat() == Wat.VERZOEK_VERLENGING), "wie stopt, vraagt geen verlenging");
    }

    @Test
    void eenGestopteMaatregelKrijgtGeenVerlengingstermijn() {
        LocalDate belast = LocalDate.of(2024, 1, 2);
        List<Check> checks = op(LocalDate.of(2026, 1, 1)).controleer(feiten(belast, belast, null, null, belast, belast,
                List.of(new Einde(MaatregelSoort.OTS, LocalDate.of(2025, 1, 1))), Voornemen.NOG_OPEN, null, null));
        assertEquals(3, checks.size(), checks.toString());
    }

    @Test
    void eenOtsDieNaDe18deVerjaardagEindigtVraagtGeenVerlenging() {
        LocalDate achttien = LocalDate.of(2027, 3, 15);
        Termijnen.Einde ervoor = new Termijnen.Einde(MaatregelSoort.OTS, LocalDate.of(2027, 3, 14));
        Termijnen.Einde opDeDag = new Termijnen.Einde(MaatregelSoort.OTS, achttien);
        Termijnen.Einde erna = new Termijnen.Einde(MaatregelSoort.MACHTIGING_UITHUISPLAATSING, LocalDate.of(2027, 9, 1));
        assertEquals(List.of(ervoor), Termijnen.verlengbaar(List.of(ervoor, opDeDag, erna), achttien));
    }
}
