package nl.jeugdportaal.verzoek.regels;

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
     */
    public static Map<String, String> fouten(Verzoeksoort soort, Status besluit, Set<Long> kandidaten,
            Set<Long> gekozen, String reden) {
        Objects.requireNonNull(soort, "soort");
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!kandidaten.containsAll(gekozen)) {
            fouten.put(STUKKEN, "Kies alleen stukken uit de lijst.");
            return fouten;
        }
        if (besluit == null || !perStuk(soort)) {
            return fouten;
        }
        boolean kopie = soort == Verzoeksoort.KOPIE;
        switch (besluit) {
            case AFGEWEZEN -> {
                if (!gekozen.isEmpty()) {
                    fouten.put(STUKKEN, "U wijst het verzoek af. Haal dan de vinkjes weg.");
                }
            }
            case TOEGEWEZEN -> {
                if (kopie && !gekozen.isEmpty()) {
                    fouten.put(STUKKEN, "Laat u stukken weg? Kies dan 'Deels toegewezen'.");
                } else if (!kopie && !gekozen.isEmpty() && !gekozen.equals(kandidaten)) {
                    fouten.put(STUKKEN, "U heeft niet alle stukken aangevinkt. Vernietigt u alleen de aangevinkte "
                            + "stukken? Kies dan 'Deels toegewezen'.");
                }
            }
            case DEELS_TOEGEWEZEN -> {
                if (gekozen.isEmpty()) {
                    fouten.put(STUKKEN, kopie
                            ? "Vink aan welke stukken u weglaat. Laat u niets weg? Kies dan 'Toegewezen'."
                            : "Vink aan welke stukken worden vernietigd. Vernietigt u niets? Kies dan 'Afgewezen'.");
                } else if (gekozen.equals(kandidaten)) {
                    fouten.put(STUKKEN, kopie ? "U laat alle stukken weg. Kies dan 'Afgewezen'."
                            : "U vernietigt alle stukken. Kies dan 'Toegewezen'.");
                }
                String fout = Tekstcontrole.fout(reden, true, false);
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
