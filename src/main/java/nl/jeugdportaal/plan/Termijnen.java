package nl.jeugdportaal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.rechten.regels.Feestdagen;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/**
 * The legal terms of DOMAIN.md §5, checked against the dates the GI registered. Plain Java with
 * the clock passed in, so every edge (a Friday, Easter, the last day itself) can be unit-tested.
 * It answers in codes; the plan page says them in the reader's language.
 */
public final class Termijnen {
    static final int WERKDAGEN_EERSTE_CONTACT = 5;
    static final int WEKEN_PLAN_VAN_AANPAK = 6;
    static final int MAANDEN_HULP = 3;
    static final int WEKEN_VERZOEK_VOOR_EINDE = 8;
    static final int MAANDEN_RAAD_VOOR_EINDE = 2;

    private final Clock klok;

    public Termijnen(Clock klok) {
        this.klok = klok;
    }

    public enum Status {
        OP_TIJD, TE_LAAT, LOOPT, VERLOPEN, WACHT;

        public boolean isProbleem() {
            return this == TE_LAAT || this == VERLOPEN;
        }
    }

    public enum Voornemen {
        NOG_OPEN, VERLENGEN, STOPPEN
    }

    /** What must happen; the page says it in words. */
    public enum Wat {
        EERSTE_CONTACT, PLAN_VAN_AANPAK, HULP, RAAD_INGELICHT, VERZOEK_VERLENGING, BESLUIT_VERLENGING
    }

    /** The rule that sets the date, with its source; the page says it in words. */
    public enum Grond {
        EERSTE_CONTACT, EIGEN_PLAN, NA_AFZIEN, NA_BELAST, HULP, RAAD_INLICHTEN, VERZOEK_VERLENGING, BESLUIT_VERLENGING
    }

    /** A measure with an end date that the kinderrechter can extend (OTS, machtiging uithuisplaatsing). */
    public record Einde(MaatregelSoort maatregel, LocalDate einde) {
    }

    /**
     * The ends that an extension can be asked for: a measure that ends on or after the 18th birthday
     * stops by itself then (DOMAIN §5: an OTS ends at 18), so the plan asks for no verlengingsverzoek.
     */
    public static List<Einde> verlengbaar(List<Einde> eindes, LocalDate achttiendeVerjaardag) {
        return eindes.stream().filter(e -> e.einde().isBefore(achttiendeVerjaardag)).toList();
    }

    /** The registered dates; a null date means it has not happened yet. */
    public record Feiten(LocalDate belast, LocalDate eersteContact, Familiegroepsplan.Keuze fgpKeuze,
            LocalDate fgpGekozenOp, LocalDate planVanAanpak, LocalDate hulpGestart, List<Einde> eindes,
            Voornemen voornemen, LocalDate verzoekVerlenging, LocalDate besluitVerlenging, LocalDate raadIngelicht) {
    }

    /**
     * One term: what must happen, by which rule, by when, what happened, and the verdict.
     * {@code maatregel} is the measure whose end the term is about, or null.
     */
    public record Check(Wat wat, Grond grond, MaatregelSoort maatregel, LocalDate uiterlijk, LocalDate gedaan,
            Status status, long dagenOver) {
    }

    public LocalDate vandaag() {
        return LocalDate.now(klok.withZone(Tijdzone.NEDERLAND));
    }

    public List<Check> controleer(Feiten f) {
        LocalDate vandaag = vandaag();
        List<Check> checks = new ArrayList<>();
        checks.add(check(Wat.EERSTE_CONTACT, Grond.EERSTE_CONTACT, null,
                plusWerkdagen(f.belast(), WERKDAGEN_EERSTE_CONTACT), f.eersteContact(), vandaag));
        checks.add(planVanAanpak(f, vandaag));
        checks.add(check(Wat.HULP, Grond.HULP, null, f.belast().plusMonths(MAANDEN_HULP), f.hulpGestart(), vandaag));
        for (Einde e : f.eindes()) {
            if (e.einde().isBefore(vandaag)) {
                continue;
            }
            if (f.voornemen() == Voornemen.STOPPEN) {
                checks.add(check(Wat.RAAD_INGELICHT, Grond.RAAD_INLICHTEN, e.maatregel(),
                        e.einde().minusMonths(MAANDEN_RAAD_VOOR_EINDE), f.raadIngelicht(), vandaag));
                continue;
            }
            checks.add(check(Wat.VERZOEK_VERLENGING, Grond.VERZOEK_VERLENGING, e.maatregel(),
                    e.einde().minusWeeks(WEKEN_VERZOEK_VOOR_EINDE), f.verzoekVerlenging(), vandaag));
            checks.add(check(Wat.BESLUIT_VERLENGING, Grond.BESLUIT_VERLENGING, e.maatregel(), e.einde(),
                    f.besluitVerlenging(), vandaag));
        }
        return checks;
    }

    /**
     * Jeugdwet 4.1.3: six weeks after the parents waived the familiegroepsplan; while they make
     * one themselves the term does not run. Without a choice on record the kwaliteitskader's
     * six weeks after the GI was charged apply.
     */
    private Check planVanAanpak(Feiten f, LocalDate vandaag) {
        if (f.fgpKeuze() == Familiegroepsplan.Keuze.ZELF_MAKEN && f.planVanAanpak() == null) {
            return new Check(Wat.PLAN_VAN_AANPAK, Grond.EIGEN_PLAN, null, null, null, Status.WACHT, 0);
        }
        if (f.fgpKeuze() == Familiegroepsplan.Keuze.AFZIEN) {
            return check(Wat.PLAN_VAN_AANPAK, Grond.NA_AFZIEN, null,
                    f.fgpGekozenOp().plusWeeks(WEKEN_PLAN_VAN_AANPAK), f.planVanAanpak(), vandaag);
        }
        return check(Wat.PLAN_VAN_AANPAK, Grond.NA_BELAST, null, f.belast().plusWeeks(WEKEN_PLAN_VAN_AANPAK),
                f.planVanAanpak(), vandaag);
    }

    /** Done on the last day itself is on time. */
    static Check check(Wat wat, Grond grond, MaatregelSoort maatregel, LocalDate uiterlijk, LocalDate gedaan,
            LocalDate vandaag) {
        Status status;
        if (gedaan != null) {
            status = gedaan.isAfter(uiterlijk) ? Status.TE_LAAT : Status.OP_TIJD;
        } else {
            status = vandaag.isAfter(uiterlijk) ? Status.VERLOPEN : Status.LOOPT;
        }
        long over = status == Status.LOOPT ? ChronoUnit.DAYS.between(vandaag, uiterlijk) : 0;
        return new Check(wat, grond, maatregel, uiterlijk, gedaan, status, over);
    }

    /** The day after {@code dagen} working days have passed, counting from the day after {@code start}. */
    public static LocalDate plusWerkdagen(LocalDate start, int dagen) {
        LocalDate dag = start;
        int geteld = 0;
        while (geteld < dagen) {
            dag = dag.plusDays(1);
            if (Feestdagen.isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }
}
