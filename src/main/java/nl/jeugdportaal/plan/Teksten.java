package nl.jeugdportaal.plan;

import java.time.LocalDate;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.web.Taal;

/**
 * The texts of the family pages in one language, and the codes of the plan package in words.
 * Services take the language as a parameter instead of the request's choice, because the JSON API
 * answers in Dutch whatever the pages show.
 */
record Teksten(Taal taal, PlanTekst plan, FamiliegroepsplanTekst fgp, JbtTekst jbt) {

    static Teksten in(Taal taal) {
        return new Teksten(taal, taal.bundel(PlanTekst.class), taal.bundel(FamiliegroepsplanTekst.class),
                taal.bundel(JbtTekst.class));
    }

    String datum(LocalDate dag) {
        return taal.datum(dag);
    }

    String maatregel(MaatregelSoort soort) {
        return switch (soort) {
            case OTS -> plan.maatregelOts();
            case VOTS -> plan.maatregelVots();
            case VOOGDIJ -> plan.maatregelVoogdij();
            case MACHTIGING_UITHUISPLAATSING -> plan.maatregelUithuisplaatsing();
        };
    }

    String kort(MaatregelSoort soort) {
        return switch (soort) {
            case OTS -> plan.kortOts();
            case VOTS -> plan.kortVots();
            case VOOGDIJ -> plan.kortVoogdij();
            case MACHTIGING_UITHUISPLAATSING -> plan.kortUithuisplaatsing();
        };
    }

    String einde(MaatregelSoort soort) {
        return switch (soort) {
            case OTS -> plan.eindeOts();
            case VOTS -> plan.eindeVots();
            case VOOGDIJ -> plan.eindeVoogdij();
            case MACHTIGING_UITHUISPLAATSING -> plan.eindeUithuisplaatsing();
        };
    }

    String faseNaam(PlanService.Fase fase) {
        return switch (fase) {
            case VERBINDEN -> plan.faseVerbinden();
            case ONDERSTEUNEN -> plan.faseOndersteunen();
            case BORGEN -> plan.faseBorgen();
        };
    }

    String faseWat(PlanService.Fase fase) {
        return switch (fase) {
            case VERBINDEN -> plan.faseVerbindenWat();
            case ONDERSTEUNEN -> plan.faseOndersteunenWat();
            case BORGEN -> plan.faseBorgenWat();
        };
    }

    String soort(Planpunt.Soort soort) {
        return switch (soort) {
            case DOEL -> plan.puntDoel();
            case AFSPRAAK -> plan.puntAfspraak();
            case VOORWAARDE -> plan.puntVoorwaarde();
        };
    }

    String status(Planpunt.Status status) {
        return switch (status) {
            case NOG_NIET_BEGONNEN -> plan.puntNogNietBegonnen();
            case BEZIG -> plan.puntBezig();
            case GELUKT -> plan.puntGelukt();
            case NIET_GELUKT -> plan.puntNietGelukt();
        };
    }

    String status(Termijnen.Status status) {
        return switch (status) {
            case OP_TIJD -> plan.termijnOpTijd();
            case TE_LAAT -> plan.termijnTeLaat();
            case LOOPT -> plan.termijnLoopt();
            case VERLOPEN -> plan.termijnVerlopen();
            case WACHT -> plan.termijnWacht();
        };
    }

    /** What must happen; a term about the end of a measure names it. */
    String wat(Termijnen.Check c) {
        return switch (c.wat()) {
            case EERSTE_CONTACT -> plan.termijnEersteContact();
            case PLAN_VAN_AANPAK -> plan.termijnPlanVanAanpak();
            case HULP -> plan.termijnHulp();
            case RAAD_INGELICHT -> plan.termijnRaadIngelicht(kort(c.maatregel()));
            case VERZOEK_VERLENGING -> plan.termijnVerzoekVerlenging(kort(c.maatregel()));
            case BESLUIT_VERLENGING -> plan.termijnBesluitVerlenging(kort(c.maatregel()));
        };
    }

    String grond(Termijnen.Grond grond) {
        return switch (grond) {
            case EERSTE_CONTACT -> plan.grondEersteContact();
            case EIGEN_PLAN -> plan.grondEigenPlan();
            case NA_AFZIEN -> plan.grondNaAfzien();
            case NA_BELAST -> plan.grondNaBelast();
            case HULP -> plan.grondHulp();
            case RAAD_INLICHTEN -> plan.grondRaadInlichten();
            case VERZOEK_VERLENGING -> plan.grondVerzoekVerlenging();
            case BESLUIT_VERLENGING -> plan.grondBesluitVerlenging();
        };
    }

    String onderwerp(Inbreng.Onderwerp onderwerp) {
        return switch (onderwerp) {
            case PLAN -> plan.onderwerpPlan();
            case EVALUATIE -> plan.onderwerpEvaluatie();
            case JBT -> plan.onderwerpJbt();
            case FAMILIEGROEPSPLAN -> plan.onderwerpFamiliegroepsplan();
        };
    }

    /** The choice in the parents' own words: "Wij willen zelf een familiegroepsplan maken". */
    String keuze(Familiegroepsplan.Keuze keuze) {
        return switch (keuze) {
            case ZELF_MAKEN -> fgp.keuzeZelfMaken();
            case AFZIEN -> fgp.keuzeAfzien();
        };
    }
}
