package nl.jeugdportaal.klacht.regels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import nl.jeugdportaal.verzoek.regels.Stand;
import nl.jeugdportaal.verzoek.regels.Termijnen;

/**
 * The terms of a complaint (DOMAIN §4), on the Dutch calendar day of the injected clock. Months
 * end as in {@link Termijnen}: 31 January plus one month is 28 (or 29) February.
 */
public final class Klachttermijnen {
    /** Seed 002 §1.5 and §2.2: the verslag within two weeks of the gesprek, a term that was often missed. */
    public static final int VERSLAG_WEKEN = 2;
    /**
     * The invitation to the klachtgesprek of Stap 1 or Stap 2, counted from the day the complaint
     * reached that step. TO CHECK: the GI's own klachtregeling sets this term; seed 000 names none.
     */
    public static final int UITNODIGING_WEKEN = 2;
    /** KJMN procedure: receipt confirmed within one week. */
    public static final int ONTVANGST_WEKEN = 1;
    /** KJMN procedure: completeness checked within two weeks. */
    public static final int COMPLEET_WEKEN = 2;
    /** Seed 000 §5: the GI answers the uitspraak within one month. */
    public static final int REACTIE_MAANDEN = 1;

    private final Clock klok;

    public Klachttermijnen(Clock klok) {
        this.klok = Objects.requireNonNull(klok, "klok");
    }

    public LocalDate vandaag() {
        return LocalDate.now(klok.withZone(Tijdzone.NEDERLAND));
    }

    public static LocalDate verslagUiterlijk(LocalDate gesprek) {
        return gesprek.plusWeeks(VERSLAG_WEKEN);
    }

    public static LocalDate uitnodigingUiterlijk(LocalDate stapBegonnen) {
        return stapBegonnen.plusWeeks(UITNODIGING_WEKEN);
    }

    public static LocalDate ontvangstUiterlijk(LocalDate naarKjmn) {
        return naarKjmn.plusWeeks(ONTVANGST_WEKEN);
    }

    /**
     * While an intern gesprek runs the KJMN waits, so its completeness term moves by the days of
     * that pause; a pause that has not ended yet counts up to today.
     */
    public LocalDate compleetUiterlijk(LocalDate naarKjmn, LocalDate pauzeVan, LocalDate pauzeTot) {
        return naarKjmn.plusWeeks(COMPLEET_WEKEN).plusDays(pauzeDagen(pauzeVan, pauzeTot));
    }

    public long pauzeDagen(LocalDate van, LocalDate tot) {
        if (van == null) {
            return 0;
        }
        LocalDate eind = tot == null ? vandaag() : tot;
        return Math.max(0, ChronoUnit.DAYS.between(van, eind));
    }

    public static LocalDate reactieUiterlijk(LocalDate uitspraak) {
        return uitspraak.plusMonths(REACTIE_MAANDEN);
    }

    public static boolean opTijd(LocalDate gedaan, LocalDate uiterlijk) {
        return !gedaan.isAfter(uiterlijk);
    }

    /** How a step stands today against its due date; a step done is done, however late. */
    public Stand stand(LocalDate uiterlijk, boolean gedaan) {
        if (gedaan) {
            return Stand.AFGEHANDELD;
        }
        LocalDate vandaag = vandaag();
        if (vandaag.isAfter(uiterlijk)) {
            return Stand.TE_LAAT;
        }
        return vandaag.plusDays(Termijnen.BIJNA_DAGEN).isBefore(uiterlijk) ? Stand.OP_TIJD : Stand.BIJNA_TE_LAAT;
    }
}
