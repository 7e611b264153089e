package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A kopie or a vernietiging is decided stuk by stuk (DOMAIN §3): the jeugdbeschermer may grant it
 * for some of the stukken it covers and says in plain language why not for the rest. On the form
 * they tick stukken: for a kopie the ones left out, for a vernietiging the ones destroyed. For a
 * vernietiging the ticks name what is destroyed, never what is kept, because destroying cannot be
 * undone: a forgotten tick must keep a stuk, not destroy it.
 *
 * <p>Which stukken a request covers (the {@code kandidaten}) is not decided here: for a kopie that
 * is what the requester may see, by the inzage rules; for a vernietiging the stukken asked for.
 */
public final class Deelbesluit {
    public static final String STUKKEN = "stukken";
    public static final String REDEN = "deelsReden";

    private Deelbesluit() {
    }

    /** Whether this kind of request is decided per stuk. */
    public static boolean perStuk(Verzoeksoort soort) {
        return soort == Verzoeksoort.KOPIE || soort == Verzoeksoort.VERNIETIGING;
    }

    /**
     * What is wrong with the ticks and the reason for this decision, by field; empty when they fit.
     * {@code besluit} null (no decision chosen) only gets the check that the ticks are from the list.
     * The messages are for the jeugdbeschermer: "u" in Dutch, or English.
     */
    public static Map<String, String> fouten(Verzoeksoort soort, Status besluit, Set<Long> kandidaten,
            Set<Long> gekozen, String reden, boolean engels) {
        Lezer l = new Lezer(false, engels);
        Objects.requireNonNull(soort, "soort");
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!kandidaten.containsAll(gekozen)) {
            fouten.put(STUKKEN, l.zeg("Kies alleen stukken uit de lijst.", "Only choose documents from the list."));
            return fouten;
        }
        if (besluit == null || !perStuk(soort)) {
            return fouten;
        }
        boolean kopie = soort == Verzoeksoort.KOPIE;
        switch (besluit) {
            case AFGEWEZEN -> {
                if (!gekozen.isEmpty()) {
                    fouten.put(STUKKEN, l.zeg("U wijst het verzoek af. Haal dan de vinkjes weg.",
                            "You are refusing the request. Then remove the ticks."));
                }
            }
            case TOEGEWEZEN -> {
                if (kopie && !gekozen.isEmpty()) {
                    fouten.put(STUKKEN, l.zeg("Laat u stukken weg? Kies dan 'Deels toegewezen'.",
                            "Are you leaving documents out? Then choose 'Partly granted'."));
                } else if (!kopie && !gekozen.isEmpty() && !gekozen.equals(kandidaten)) {
                    fouten.put(STUKKEN, l.zeg("U heeft niet alle stukken aangevinkt. Vernietigt u alleen de aangevinkte "
                            + "stukken? Kies dan 'Deels toegewezen'.", "You have not ticked all documents. Are you only "
                            + "destroying the ticked documents? Then choose 'Partly granted'."));
                }
            }
            case DEELS_TOEGEWEZEN -> {
                if (gekozen.isEmpty()) {
                    fouten.put(STUKKEN, kopie
                            ? l.zeg("Vink aan welke stukken u weglaat. Laat u niets weg? Kies dan 'Toegewezen'.",
                                    "Tick the documents you leave out. Are you leaving nothing out? Then choose 'Granted'.")
                            : l.zeg("Vink aan welke stukken worden vernietigd. Vernietigt u niets? Kies dan 'Afgewezen'.",
                                    "Tick the documents that will be destroyed. Are you destroying nothing? Then choose "
                                            + "'Refused'."));
                } else if (gekozen.equals(kandidaten)) {
                    fouten.put(STUKKEN, kopie
                            ? l.zeg("U laat alle stukken weg. Kies dan 'Afgewezen'.",
                                    "You are leaving out all documents. Then choose 'Refused'.")
                            : l.zeg("U vernietigt alle stukken. Kies dan 'Toegewezen'.",
                                    "You are destroying all documents. Then choose 'Granted'."));
                }
                String fout = Tekstcontrole.fout(reden, true, l);
                if (fout != null) {
                    fouten.put(REDEN, fout);
                }
            }
            case INGEDIEND -> throw new IllegalArgumentException("INGEDIEND is geen besluit");
        }
        return fouten;
    }

    /**
     * The stukken the decision grants, for ticks that passed {@link #fouten}: the stukken in the kopie,
     * or the stukken destroyed.
     */
    public static Set<Long> toegewezen(Verzoeksoort soort, Status besluit, Set<Long> kandidaten, Set<Long> gekozen) {
        if (!perStuk(soort) || besluit != Status.TOEGEWEZEN && besluit != Status.DEELS_TOEGEWEZEN) {
            return Set.of();
        }
        if (besluit == Status.TOEGEWEZEN) {
            return Set.copyOf(kandidaten);
        }
        if (soort == Verzoeksoort.VERNIETIGING) {
            return Set.copyOf(gekozen);
        }
        Set<Long> blijft = new LinkedHashSet<>(kandidaten);
        blijft.removeAll(gekozen);
        return blijft;
    }
}
