package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.List;

/**
 * §2 rules 1 to 5 for one person P, seen by the viewer's own view: one's own data (rule 1, limited
 * by rule 2), and someone else's by gezag, representation or toestemming. Machtigingen play no part
 * here; {@link Inzageregels} adds rule 6 on top and combines the persons of a stuk.
 */
final class Persoonsregels {
    private Persoonsregels() {
    }

    /** The viewer's own view (rules 1 to 5): machtigingen play no part in it. */
    static Besluit overPersoon(Feiten f, Teksten t, String kijker, String p, boolean meer) {
        if (!f.bekend(p)) {
            return Besluit.nee(Regel.ONBEKENDE_PERSOON, p, t.onbekend(p), t.onbekendNodig(p));
        }
        if (p.equals(kijker)) {
            return eigen(f, t, p);
        }
        return algemeen(f, t, kijker, p, meer);
    }

    /** §2 rule 1, limited by rule 2: under 12 or wilsonbekwaam, not even one's own data. */
    static Besluit eigen(Feiten f, Teksten t, String p) {
        int leeftijd = f.leeftijd(p);
        // Wilsonbekwaam first: telling a wilsonbekwame 10-year-old "from your 12th birthday" would be false.
        if (f.wilsonbekwaam(p)) {
            return Besluit.nee(Regel.EIGEN_WILSONBEKWAAM, p, t.eigenWilsonbekwaam(leeftijd >= 18),
                    t.eigenWilsonbekwaamNodig());
        }
        if (leeftijd < 12) {
            LocalDate twaalf = f.persoon(p).verjaardag(12);
            return Besluit.nee(Regel.EIGEN_JONGER_DAN_12, p, t.eigenTeJong(twaalf), t.eigenTeJongNodig(twaalf));
        }
        return Besluit.ja(Regel.EIGEN_GEGEVENS, p, t.eigen());
    }

    /**
     * §2 rules 2 to 5 for a viewer who is not P: the same rules for every P (the dossier's child, a
     * brother or sister, a parent), as rule 3 says "rule 2 applies with P in the place of K", and for
     * an adult P rule 2's "18 or older" branches are exactly rule 3.
     */
    static Besluit algemeen(Feiten f, Teksten t, String v, String p, boolean meer) {
        int leeftijd = f.leeftijd(p);
        boolean wilsonbekwaam = f.wilsonbekwaam(p);
        Relatie gezag = f.bekend(v) ? f.gezag(v, p) : null;
        if (gezag != null) {
            if (wilsonbekwaam) {
                return Besluit.ja(Regel.GEZAG_WILSONBEKWAAM, p, t.gezagWilsonbekwaam(gezag, p));
            }
            if (leeftijd < 16) {
                return Besluit.ja(Regel.GEZAG_JONGER_DAN_16, p, t.gezagJongerDan16(gezag, p));
            }
        }
        if (f.vertegenwoordiger(v, p)) {
            return Besluit.ja(Regel.VERTEGENWOORDIGER, p, t.vertegenwoordiger(p));
        }

        List<Gevers> groepen = Gevers.vereist(f, p);
        List<String> ontbreekt = Gevers.ontbrekend(f, groepen, v, p);
        if (ontbreekt.isEmpty() && groepen.stream().noneMatch(g -> g.ids().isEmpty())) {
            return Besluit.ja(Regel.TOESTEMMING, p, t.toestemming(p, Gevers.alle(groepen)));
        }

        String nodig = t.toestemmingVan(groepen, ontbreekt);
        if (gezag != null) {
            // Only a wilsbekwame 16- or 17-year-old gets here: younger or wilsonbekwaam was allowed above.
            return Besluit.nee(Regel.GEZAG_ZONDER_TOESTEMMING_16, p, t.gezagZonderToestemming16(p, nodig), nodig);
        }
        if (f.bekend(v) && leeftijd >= 18 && f.geregistreerdGezag(v, p) != null) {
            return Besluit.nee(Regel.GEZAG_GEEINDIGD_18, p, t.gezagGeeindigd18(p, nodig), nodig);
        }
        if (leeftijd < 18 && f.ouderZonderGezag(v, p)) {
            return Besluit.nee(Regel.OUDER_ZONDER_GEZAG, p, t.ouderZonderGezag(p, nodig), nodig);
        }
        return Besluit.nee(Regel.GEEN_TOESTEMMING, p, t.geenToestemming(p, nodig, meer), nodig);
    }
}
