package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The persons who decide about P, in groups that say how to name them when nobody is registered
 * ("een ouder met gezag of voogd van ..."). Everyone in every group must give it (DOMAIN §2 rule 5).
 */
record Gevers(String over, List<String> ids, Rol rol) {
    enum Rol { PERSOON, GEZAG, VERTEGENWOORDIGER }

    /** §2 rule 5 for one gever, in the gever's words ({@code t}): see {@link Inzageregels#magToestemmingGeven}. */
    static Geefbesluit magGeven(Feiten f, Teksten t, String gever, String over) {
        if (!f.bekend(over)) {
            return new Geefbesluit(false, t.onbekend(over));
        }
        List<Gevers> groepen = vereist(f, over);
        Gevers eigen = groepen.stream().filter(g -> g.ids().contains(gever)).findFirst().orElse(null);
        if (eigen == null) {
            return new Geefbesluit(false, geeftNiet(f, t, gever, over, groepen));
        }
        List<String> anderen = alle(groepen).stream().filter(id -> !id.equals(gever)).toList();
        boolean leeg = groepen.stream().anyMatch(g -> g.ids().isEmpty());
        boolean samen = !anderen.isEmpty() || leeg;
        String reden = switch (eigen.rol()) {
            case PERSOON -> t.geeftZelf(f.leeftijd(over), samen);
            case GEZAG -> t.geeftMetGezag(f.gezag(gever, over), over, f.wilsonbekwaam(over), samen);
            case VERTEGENWOORDIGER -> t.geeftAlsVertegenwoordiger(over);
        };
        return new Geefbesluit(true, samen ? reden + " " + t.teltPasMet(t.toestemmingVan(groepen, anderen)) : reden);
    }

    private static String geeftNiet(Feiten f, Teksten t, String gever, String p, List<Gevers> groepen) {
        if (gever.equals(p)) {
            // Only a wilsonbekwame person or a child under 12 is not among those who decide about themselves.
            return f.wilsonbekwaam(p) ? t.geeftNietZelfWilsonbekwaam(f.leeftijd(p) >= 18) : t.geeftNietZelfJongerDan12();
        }
        String waarom = null;
        if (f.bekend(gever) && f.leeftijd(gever) < 18 && f.geregistreerdGezag(gever, p) == null
                && registratieGeeftGezag(f, gever, p)) {
            waarom = t.minderjarigZonderGezag();
        } else if (f.geregistreerdGezag(gever, p) != null) {
            // Gezag that does not decide: the child is 16 or 17 and wilsbekwaam, or 18 or older.
            waarom = f.leeftijd(p) >= 18 ? t.gezagGestopt(p) : t.beslistZelf(p);
        } else if (f.ouderZonderGezag(gever, p)) {
            waarom = t.geenGezag(p);
        }
        return t.geeftNiet(waarom, p, t.toestemmingVan(groepen, alle(groepen)));
    }

    private static boolean registratieGeeftGezag(Feiten f, String houder, String over) {
        return f.situatie.relaties().stream().anyMatch(r -> r.persoon().equals(houder) && r.van().equals(over)
                && r.geeftGezag() && r.geldigOp(f.dag));
    }

    /**
     * §2 rule 5: who decides for P on the day of {@code f}: P itself when 16 or older and wilsbekwaam;
     * for P of 12 to 15, P and every ouder met gezag or voogd; for P under 12 or wilsonbekwaam, every
     * ouder met gezag or voogd; for an adult wilsonbekwame P, the wettelijk vertegenwoordiger.
     * Toestemming from anyone else counts as none.
     */
    static List<Gevers> vereist(Feiten f, String p) {
        int leeftijd = f.leeftijd(p);
        boolean wilsonbekwaam = f.wilsonbekwaam(p);
        Gevers zelf = new Gevers(p, List.of(p), Rol.PERSOON);
        if (leeftijd >= 18) {
            return wilsonbekwaam
                    ? List.of(new Gevers(p, f.beslissers(p), Rol.VERTEGENWOORDIGER))
                    : List.of(zelf);
        }
        Gevers gezag = new Gevers(p, f.beslissers(p), Rol.GEZAG);
        if (wilsonbekwaam || leeftijd < 12) {
            return List.of(gezag);
        }
        if (leeftijd < 16) {
            return twaalfTotZestien(zelf, gezag);
        }
        return List.of(zelf);
    }

    /**
     * TO CHECK (DOMAIN §2 rule 5): for a wilsbekwame jeugdige of 12 to 15, toestemming about the
     * jeugdige counts only when the jeugdige <em>and</em> every ouder met gezag or voogd gave it.
     * This is the one place to change that: return {@code List.of(jeugdige)} if the jeugdige alone
     * suffices, or {@code List.of(gezaghebbers)} if the parents alone do. The sentences that say
     * whose toestemming is needed follow automatically.
     */
    static List<Gevers> twaalfTotZestien(Gevers jeugdige, Gevers gezaghebbers) {
        return List.of(jeugdige, gezaghebbers);
    }

    static List<String> alle(List<Gevers> groepen) {
        List<String> ids = new ArrayList<>();
        for (Gevers g : groepen) {
            for (String id : g.ids()) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * §2 rule 5: whose toestemming to V about P is still missing today. A toestemming counts only when
     * everyone who decides for P today gave it, each on a day when they were among those who
     * decided: a child's yes at 11 does not count at 12, and the parents' yes stops at 16. (A group
     * nobody is registered in cannot give it at all; the caller checks that.)
     */
    static List<String> ontbrekend(Feiten f, List<Gevers> groepen, String v, String p) {
        List<String> ontbreekt = new ArrayList<>();
        for (String beslisser : alle(groepen)) {
            boolean telt = false;
            for (Toestemming t : f.toestemmingen(v, p)) {
                if (t.van().equals(beslisser) && beslistOp(f, beslisser, p, t.gegevenOp(f.dag))) {
                    telt = true;
                    break;
                }
            }
            if (!telt) {
                ontbreekt.add(beslisser);
            }
        }
        return ontbreekt;
    }

    /** Whether {@code wie} was among those who decide for {@code p} on {@code dag}. */
    private static boolean beslistOp(Feiten vandaag, String wie, String p, LocalDate dag) {
        Feiten toen = dag.equals(vandaag.dag) ? vandaag : new Feiten(vandaag.situatie, dag);
        return alle(vereist(toen, p)).contains(wie);
    }
}
