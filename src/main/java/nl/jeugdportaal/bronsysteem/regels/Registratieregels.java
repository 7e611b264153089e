package nl.jeugdportaal.bronsysteem.regels;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The checks on what the bronsysteem registers that go beyond the shape of a field: the same rule
 * for every kind, so a relation, a wilsonbekwaamheid and a measure end the same way.
 */
public final class Registratieregels {
    public static final int MEERDERJARIG = 18;

    private Registratieregels() {
    }

    /** A period ends on or after the day it starts ({@code tot} is the last day it holds). */
    public static Optional<Fout> eindeNaBegin(String veld, LocalDate begin, LocalDate einde) {
        if (begin != null && einde != null && einde.isBefore(begin)) {
            return Optional.of(new Fout(veld, "Deze datum ligt voor de begindatum. Een periode kan niet eindigen voordat hij begint."));
        }
        return Optional.empty();
    }

    /**
     * A minor cannot hold gezag (DOMAIN §1; BW 1:246): a parent under 18 gets gezag on their 18th
     * birthday, and until then the court appoints a voogd. So gezag may not start before that day.
     */
    public static Optional<Fout> gezagAlleenMeerderjarig(boolean gezag, LocalDate geboortedatum, LocalDate vanaf) {
        if (gezag && geboortedatum != null && vanaf != null
                && Period.between(geboortedatum, vanaf).getYears() < MEERDERJARIG) {
            return Optional.of(new Fout("gezag", "Deze persoon is op de begindatum jonger dan 18 jaar. Een minderjarige kan geen gezag hebben;"
                    + " laat de relatie met gezag beginnen op de 18e verjaardag ("
                    + geboortedatum.plusYears(MEERDERJARIG) + ")."));
        }
        return Optional.empty();
    }

    /** The stuk's {@code over} holds every person of its delen (DOMAIN §2 rule 10), so no passage escapes the stuk's check. */
    public static List<Fout> delenBinnenStuk(Collection<String> overStuk, List<? extends Collection<String>> overDelen) {
        List<Fout> fouten = new ArrayList<>();
        for (int i = 0; i < overDelen.size(); i++) {
            for (String p : overDelen.get(i)) {
                if (!overStuk.contains(p)) {
                    fouten.add(new Fout("delen[" + i + "].over", "Persoon " + p
                            + " staat niet in 'over' van het stuk. Een stuk gaat over iedereen over wie een deel gaat."));
                }
            }
        }
        return fouten;
    }
}
