package nl.jeugdportaal.rechten.regels;

import java.time.LocalDate;

/**
 * What a family can do against a decision of the kinderrechter (DOMAIN §4): it is no complaint
 * about the GI. The one place where these rules live, so a check by a lawyer changes them here.
 */
public final class Rechtsgang {
    /** Rv 358 lid 1 (TO CHECK): hoger beroep at the gerechtshof within three months of the beschikking. */
    public static final int BEROEP_MAANDEN = 3;
    /** BW 1:261 (TO CHECK): besides the parents, a child of this age can ask the kinderrechter to end an OTS. */
    public static final int OPHEFFEN_VANAF_LEEFTIJD = 12;

    private Rechtsgang() {
    }

    /**
     * The last day to lodge an appeal against a beschikking of {@code beschikking}. The term ends on
     * the day of the third month with the same number (10 January: 10 April); a month without that
     * day ends on its last day (30 November: 28 or 29 February). A last day on a Saturday, Sunday or
     * holiday moves to the next werkdag (Algemene termijnenwet; TO CHECK with a lawyer, like the term).
     */
    public static LocalDate laatsteDagHogerBeroep(LocalDate beschikking) {
        return Feestdagen.termijnEinde(beschikking.plusMonths(BEROEP_MAANDEN));
    }

    /** Whether an appeal is still possible on {@code vandaag}. */
    public static boolean beroepMogelijk(LocalDate beschikking, LocalDate vandaag) {
        return !vandaag.isAfter(laatsteDagHogerBeroep(beschikking));
    }
}
