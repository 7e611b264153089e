package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.tijd.regels.Tijdzone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer terms of DOMAIN §3, on the Dutch calendar day of the injected clock.
 *
 * <p>A term "of one month" ends on the same day number of the next month, or on that month's last
 * day when it has no such day (EU Regulation 1182/71 art. 3; {@link LocalDate#plusMonths} does
 * exactly that): 31 January gives 28 February, or 29 February in a leap year. Weekends and
 * holidays do not move the date here; the portal tells the GI the earliest date it may owe.
 */
public final class Termijnen {
    /** AVG 12.3: one extension of two further months. */
    public static final int VERLENGING_MAANDEN = 2;
    /** Seed 000 §4: after a refused kopie, six weeks to go to the burgerlijke rechter. */
    public static final int RECHTER_WEKEN = 6;
    /** Days before the due date from which staff lists say "bijna te laat". */
    public static final int BIJNA_DAGEN = 7;

    private final Clock klok;

    public Termijnen(Clock klok) {
        this.klok = Objects.requireNonNull(klok, "klok");
    }

    public LocalDate vandaag() {
        return LocalDate.now(klok.withZone(Tijdzone.NEDERLAND));
    }

    /** Jeugdwet 7.3.9: destroyed data are gone within three months of the request. */
    public static final int VERNIETIGD_MAANDEN = 3;

    /**
     * DOMAIN §3: every decision within one month (AVG 12.3), a vernietiging too; informatie for the
     * ouder zonder gezag has "a reasonable term", which the portal sets at one month.
     */
    public static final int ANTWOORD_MAANDEN = 1;

    /** The last day a granted vernietiging must be carried out. */
    public static LocalDate vernietigdUiterlijk(LocalDate ontvangen) {
        return ontvangen.plusMonths(VERNIETIGD_MAANDEN);
    }

    /** The term of a request received today. */
    public Termijn nieuw(Verzoeksoort soort) {
        return bij(soort, vandaag());
    }

    public static Termijn bij(Verzoeksoort soort, LocalDate ontvangen) {
        return new Termijn(soort, ontvangen, ontvangen.plusMonths(ANTWOORD_MAANDEN), null);
    }

    /**
     * AVG 12.3: the one-month term may be extended once by two months, and only when the requester
     * is told why within the first month. A vernietiging is not: three more months would pass the
     * three months in which the data must be gone (Jeugdwet 7.3.9); the 377c request is no AVG request.
     */
    public Toets magVerlengen(Termijn termijn, String reden, Lezer l) {
        if (!termijn.soort().privacy() || termijn.soort() == Verzoeksoort.VERNIETIGING) {
            return Toets.nee(l.zeg("Dit soort verzoek kan niet verlengd worden.", "This kind of request cannot be extended."));
        }
        if (termijn.verlengd()) {
            return Toets.nee(l.zeg("Dit verzoek is al een keer verlengd. Dat mag maar één keer.",
                    "This request has already been extended. That is only allowed once."));
        }
        if (vandaag().isAfter(termijn.uiterlijk())) {
            return Toets.nee(l.zeg("De eerste maand is voorbij. Verlengen mag alleen binnen de eerste maand.",
                    "The first month is over. You can only extend within the first month."));
        }
        if (reden == null || reden.isBlank()) {
            return Toets.nee(l.zeg("Schrijf op waarom u meer tijd nodig heeft. De aanvrager krijgt die reden te lezen.",
                    "Write down why you need more time. The requester will read this reason."));
        }
        return Toets.ja(l.zeg("De termijn is verlengd met " + VERLENGING_MAANDEN + " maanden.",
                "The term has been extended by " + VERLENGING_MAANDEN + " months."));
    }

    /**
     * The extended term. The two months follow on the first month (31 January: 28 February, then
     * 28 April), not "three months from receipt" (30 April): the stricter reading for the GI.
     */
    public static Termijn verleng(Termijn termijn) {
        if (termijn.verlengd()) {
            throw new IllegalStateException("al verlengd");
        }
        return new Termijn(termijn.soort(), termijn.ontvangen(), termijn.uiterlijk(),
                termijn.uiterlijk().plusMonths(VERLENGING_MAANDEN));
    }

    public Stand stand(Termijn termijn, boolean afgehandeld) {
        if (afgehandeld) {
            return Stand.AFGEHANDELD;
        }
        LocalDate vandaag = vandaag();
        if (vandaag.isAfter(termijn.geldend())) {
            return Stand.TE_LAAT;
        }
        return vandaag.plusDays(BIJNA_DAGEN).isBefore(termijn.geldend()) ? Stand.OP_TIJD : Stand.BIJNA_TE_LAAT;
    }

    /** The last day to ask the burgerlijke rechter after a refused privacy request. */
    public static LocalDate rechterUiterlijk(LocalDate besluit) {
        return besluit.plusWeeks(RECHTER_WEKEN);
    }
}
