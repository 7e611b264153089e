package nl.jeugdportaal.inzage.regels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The dossier-inzage rules of DOMAIN.md §2: may this viewer see this stuk today, and why (not)?
 *
 * <p>This is the only copy of the rules. The portal and {@code scripts/policy-check} both call it,
 * so what a privacy officer checks on a made-up case is what the portal does. Plain Java on purpose:
 * no framework, no database, no clock of its own (the caller passes {@code vandaag}).
 *
 * <p>Stateless and thread-safe. One question costs a few passes over the situation's lists, which
 * stay small for one dossier.
 *
 * <p>The reasons are Dutch unless English is asked for: the decisions are the same in every language.
 */
public final class Inzageregels {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final boolean engels;

    /** Reasons in Dutch, as {@code scripts/policy-check} and the letters give them. */
    public Inzageregels() {
        this(Locale.forLanguageTag("nl"));
    }

    /** Reasons in English when {@code taal} is English, else in Dutch. */
    public Inzageregels(Locale taal) {
        this.engels = taal.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** Ages are counted on the Dutch calendar day (DOMAIN §1), not on the server's. */
    public static LocalDate vandaagInNederland(Clock klok) {
        return LocalDate.now(klok.withZone(NEDERLAND));
    }

    /**
     * May {@code kijker} see a stuk about the persons {@code over}? Only when the viewer may see the
     * data of every one of them (DOMAIN §2), unless the viewer is staff on the case.
     *
     * @param over        the subjects of the stuk, in the order the sentences should name them
     * @param afgeschermd whether the GI shielded the stuk (§2 rule 7)
     */
    public Besluit beslis(Situatie situatie, String kijker, Set<String> over, boolean afgeschermd, LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Objects.requireNonNull(kijker, "kijker");
        Objects.requireNonNull(over, "over");
        Objects.requireNonNull(vandaag, "vandaag");
        Feiten f = new Feiten(situatie, vandaag);
        Teksten t = tekstenVoor(f, kijker);

        if (situatie.medewerkers().contains(kijker)) {
            return Besluit.ja(Regel.MEDEWERKER, null, t.medewerker());
        }
        if (afgeschermd) {
            return Besluit.nee(Regel.AFGESCHERMD, null, t.afgeschermd(), t.afgeschermdNodig());
        }
        if (over.isEmpty()) {
            // "every subject" would hold vacuously; a stuk about nobody is a registration error.
            return Besluit.nee(Regel.GEEN_ONDERWERP, null, t.geenOnderwerp(), t.geenOnderwerpNodig());
        }
        boolean meer = over.size() > 1;
        List<Besluit> ja = new ArrayList<>();
        List<Besluit> nee = new ArrayList<>();
        for (String p : over) {
            Besluit b = overPersoon(f, t, kijker, p, meer);
            (b.toegestaan() ? ja : nee).add(b);
        }
        return nee.isEmpty() ? samen(ja, true) : samen(nee, false);
    }

    /** May {@code kijker} see information about {@code persoon}? The same as a stuk about that person alone. */
    public Besluit magGegevensZien(Situatie situatie, String kijker, String persoon, LocalDate vandaag) {
        return beslis(situatie, kijker, Set.of(persoon), false, vandaag);
    }

    // ---------------------------------------------------------------------------------------------

    private Teksten tekstenVoor(Feiten f, String kijker) {
        boolean jong = f.bekend(kijker) && f.leeftijd(kijker) < 18;
        return new Teksten(f.situatie, jong, engels);
    }

    /**
     * One sentence per distinct reason, so a refusal names everything that would be needed and the
     * viewer need not ask three times. The rule reported is the first one that decided.
     */
    private Besluit samen(List<Besluit> besluiten, boolean toegestaan) {
        List<Besluit> telt = besluiten;
        if (toegestaan) {
            // That the stuk is also about the viewer explains nothing when someone else is in it too.
            List<Besluit> anders = besluiten.stream().filter(b -> b.regel() != Regel.EIGEN_GEGEVENS).toList();
            if (!anders.isEmpty()) {
                telt = anders;
            }
        }
        Besluit eerste = telt.get(0);
        if (telt.size() == 1) {
            return eerste;
        }
        Set<String> redenen = new LinkedHashSet<>();
        Set<String> nodig = new LinkedHashSet<>();
        for (Besluit b : telt) {
            redenen.add(b.reden());
            if (b.nodig() != null) {
                nodig.add(b.nodig());
            }
        }
        return new Besluit(toegestaan, eerste.regel(), eerste.persoon(), String.join(" ", redenen),
                toegestaan ? null : String.join(engels ? " and " : " en ", nodig));
    }

    /**
     * The general rules come first for everyone, a vertrouwenspersoon included: rule 6 limits what a
     * machtiging adds, it does not take away a toestemming someone holds in their own right. The
     * consequence is deliberate but worth knowing: a gezaghebber who gives a vertrouwenspersoon
     * toestemming under rule 5 (for a child under 12 one gezaghebber suffices) lets them in without
     * the other gezaghebber, which the machtiging alone would not do.
     */
    private Besluit overPersoon(Feiten f, Teksten t, String kijker, String p, boolean meer) {
        if (!f.bekend(p)) {
            return Besluit.nee(Regel.ONBEKENDE_PERSOON, p, t.onbekend(p), t.onbekendNodig(p));
        }
        if (p.equals(kijker)) {
            return eigen(f, t, p);
        }
        Besluit algemeen = algemeen(f, t, kijker, p, meer);
        if (algemeen.toegestaan()) {
            return algemeen;
        }
        Besluit viaMachtiging = null;
        for (Machtiging m : f.geldigeMachtigingenAan(kijker)) {
            Besluit b = vertrouwenspersoon(f, t, m.van(), kijker, p);
            if (b.toegestaan()) {
                return b;
            }
            if (viaMachtiging == null) {
                viaMachtiging = b;
            }
        }
        // A relation-based refusal (gezag, ouder zonder gezag) explains more than the machtiging does.
        if (algemeen.regel() != Regel.GEEN_TOESTEMMING) {
            return algemeen;
        }
        if (viaMachtiging != null) {
            return viaMachtiging;
        }
        Machtiging oud = f.eenMachtigingAan(kijker);
        if (oud != null) {
            return Besluit.nee(Regel.MACHTIGING_NIET_GELDIG, p, t.machtigingNietGeldig(oud.van()),
                    t.machtigingNietGeldigNodig(oud.van()));
        }
        return algemeen;
    }

    /** §2 rule 1, limited by rule 2: under 12 or wilsonbekwaam, not even one's own data. */
    private static Besluit eigen(Feiten f, Teksten t, String p) {
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
    private Besluit algemeen(Feiten f, Teksten t, String v, String p, boolean meer) {
        int leeftijd = f.leeftijd(p);
        boolean wilsonbekwaam = f.wilsonbekwaam(p);
        Relatie gezag = f.gezag(v, p);
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

        List<Gevers> groepen = vereisteGevers(f, p);
        List<String> gegeven = toestemmingGegeven(groepen, f.gevers(v, p));
        if (gegeven != null) {
            return Besluit.ja(Regel.TOESTEMMING, p, t.toestemming(p, gegeven));
        }

        String nodig = t.toestemmingVan(groepen);
        if (gezag != null) {
            // Only a wilsbekwame 16- or 17-year-old gets here: younger or wilsonbekwaam was allowed above.
            return Besluit.nee(Regel.GEZAG_ZONDER_TOESTEMMING_16, p, t.gezagZonderToestemming16(p, nodig), nodig);
        }
        if (leeftijd >= 18 && f.geregistreerdGezag(v, p) != null) {
            return Besluit.nee(Regel.GEZAG_GEEINDIGD_18, p, t.gezagGeeindigd18(p, nodig), nodig);
        }
        if (leeftijd < 18 && f.ouderZonderGezag(v, p)) {
            return Besluit.nee(Regel.OUDER_ZONDER_GEZAG, p, t.ouderZonderGezag(p, nodig), nodig);
        }
        return Besluit.nee(Regel.GEEN_TOESTEMMING, p, t.geenToestemming(p, nodig, meer), nodig);
    }

    /**
     * §2 rule 6. A vertrouwenspersoon V on a valid machtiging of client C sees at most what C sees:
     * C's own data, and data about another person P only when C may see it, every other person who
     * decides for P (ouder met gezag or voogd; for a wilsonbekwame adult the curator or mentor) gave
     * V toestemming about P, and P did so too when P is 12 or older and wilsbekwaam. That is how a
     * jeugdige of 12+ can keep a vertrouwenspersoon out.
     *
     * <p>These toestemmingen are checked as given (valid dates, not withdrawn), not against rule 5's
     * "who may give it": rule 6 names exactly whose toestemming is needed, and rule 5 would, for a
     * child of 16, throw away the other parent's toestemming that rule 6 asks for.
     */
    private Besluit vertrouwenspersoon(Feiten f, Teksten t, String c, String v, String p) {
        if (!f.bekend(c)) {
            return Besluit.nee(Regel.ONBEKENDE_PERSOON, c, t.onbekend(c), t.onbekendNodig(c));
        }
        Besluit magClient = clientMag(f, c, p);
        if (!magClient.toegestaan()) {
            return Besluit.nee(Regel.VERTROUWENSPERSOON_CLIENT_MAG_NIET, p, t.vpClientMagNiet(c, p), magClient.nodig());
        }
        if (c.equals(p)) {
            return Besluit.ja(Regel.VERTROUWENSPERSOON, p, t.vpOverClient(c));
        }
        Set<String> gegeven = f.gevers(v, p);
        List<String> nodigVan = toestemmingNodigVan(f, c, v, p);
        List<String> ontbreekt = nodigVan.stream().filter(id -> !gegeven.contains(id)).toList();
        if (ontbreekt.isEmpty()) {
            return Besluit.ja(Regel.VERTROUWENSPERSOON, p, t.vpOverAnder(c, p, nodigVan));
        }
        String nodig = t.toestemmingVanAlle(ontbreekt);
        return Besluit.nee(Regel.VERTROUWENSPERSOON_ZONDER_TOESTEMMING, p, t.vpZonderToestemming(c, p, nodig), nodig);
    }

    /** The client's own rights, without machtigingen of the client: a machtiging is not passed on. */
    private Besluit clientMag(Feiten f, String c, String p) {
        Teksten client = new Teksten(f.situatie, false, engels);
        return c.equals(p) ? eigen(f, client, c) : algemeen(f, client, c, p, false);
    }

    /**
     * §2 rule 6: whose toestemming about P a vertrouwenspersoon on the machtiging of C needs besides,
     * given or not: every other person who decides for P, and P when 12 or older and wilsbekwaam.
     * Nobody's for C's own data.
     */
    private static List<String> toestemmingNodigVan(Feiten f, String c, String v, String p) {
        List<String> nodigVan = new ArrayList<>();
        if (c.equals(p)) {
            return nodigVan;
        }
        for (String beslisser : f.beslissers(p)) {
            if (!beslisser.equals(c) && !beslisser.equals(v)) {
                nodigVan.add(beslisser);
            }
        }
        if (f.leeftijd(p) >= 12 && !f.wilsonbekwaam(p)) {
            nodigVan.add(p);
        }
        return nodigVan;
    }

    /**
     * §2 rule 6 as the client's machtiging page asks it: may client C see P at all, and whose
     * toestemming about P does vertrouwenspersoon V need besides (given or not)? The same code as the
     * inzage question, so the page never promises what the dossier then refuses.
     */
    public Meekijken meekijken(Situatie situatie, String client, String vertrouwenspersoon, String over,
            LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Feiten f = new Feiten(situatie, Objects.requireNonNull(vandaag, "vandaag"));
        if (!f.bekend(client) || !f.bekend(over) || !clientMag(f, client, over).toegestaan()) {
            return new Meekijken(false, List.of());
        }
        return new Meekijken(true, List.copyOf(toestemmingNodigVan(f, client, vertrouwenspersoon, over)));
    }

    // ---- §2 rule 5: who may give toestemming -----------------------------------------------------

    /**
     * May {@code gever} give toestemming about {@code over} today? Yes when the gever belongs to one
     * of the groups whose toestemming counts ({@link #vereisteGevers}, so {@link #gevers12Tot16} too).
     * When another group must give it as well, the reason says the toestemming counts only then.
     * The reason is written for the gever ("u" or "je").
     */
    public Geefbesluit magToestemmingGeven(Situatie situatie, String gever, String over, LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Objects.requireNonNull(gever, "gever");
        Objects.requireNonNull(over, "over");
        Feiten f = new Feiten(situatie, Objects.requireNonNull(vandaag, "vandaag"));
        Teksten t = tekstenVoor(f, gever);
        if (!f.bekend(over)) {
            return new Geefbesluit(false, t.onbekend(over));
        }
        List<Gevers> groepen = vereisteGevers(f, over);
        Gevers eigen = groepen.stream().filter(g -> g.ids().contains(gever)).findFirst().orElse(null);
        if (eigen == null) {
            return new Geefbesluit(false, geeftNiet(f, t, gever, over, groepen));
        }
        List<Gevers> anderen = groepen.stream().filter(g -> g != eigen).toList();
        boolean samen = !anderen.isEmpty();
        String reden = switch (eigen.rol()) {
            case PERSOON -> t.geeftZelf(f.leeftijd(over), samen);
            case GEZAG -> t.geeftMetGezag(f.gezag(gever, over), over, f.wilsonbekwaam(over), samen);
            case VERTEGENWOORDIGER -> t.geeftAlsVertegenwoordiger(over);
        };
        return new Geefbesluit(true, samen ? reden + " " + t.teltPasMet(t.toestemmingVan(anderen)) : reden);
    }

    private static String geeftNiet(Feiten f, Teksten t, String gever, String p, List<Gevers> groepen) {
        if (gever.equals(p)) {
            // Only a wilsonbekwame person or a child under 12 is not in a group about themselves.
            return f.wilsonbekwaam(p) ? t.geeftNietZelfWilsonbekwaam(f.leeftijd(p) >= 18) : t.geeftNietZelfJongerDan12();
        }
        String waarom = null;
        if (f.geregistreerdGezag(gever, p) != null) {
            // Gezag that is not in a group: the child is 16 or 17 and wilsbekwaam, or 18 or older.
            waarom = f.leeftijd(p) >= 18 ? t.gezagGestopt(p) : t.beslistZelf(p);
        } else if (f.ouderZonderGezag(gever, p)) {
            waarom = t.geenGezag(p);
        }
        return t.geeftNiet(waarom, p, t.toestemmingVan(groepen));
    }

    // ---- §2 rule 5: who may give toestemming -----------------------------------------------------

    /**
     * A group of persons of whom at least one must give toestemming. {@code rol} says how to name the
     * group when nobody in it is registered ("een ouder met gezag of voogd van ...").
     */
    record Gevers(String over, List<String> ids, Rol rol) {
        enum Rol { PERSOON, GEZAG, VERTEGENWOORDIGER }
    }

    /**
     * §2 rule 5: whose toestemming about P counts. Every group must give it; within a group anyone
     * may. Toestemming from anyone else counts as none.
     */
    static List<Gevers> vereisteGevers(Feiten f, String p) {
        int leeftijd = f.leeftijd(p);
        boolean wilsonbekwaam = f.wilsonbekwaam(p);
        Gevers zelf = new Gevers(p, List.of(p), Gevers.Rol.PERSOON);
        if (leeftijd >= 18) {
            return wilsonbekwaam
                    ? List.of(new Gevers(p, f.beslissers(p), Gevers.Rol.VERTEGENWOORDIGER))
                    : List.of(zelf);
        }
        Gevers gezag = new Gevers(p, f.beslissers(p), Gevers.Rol.GEZAG);
        if (wilsonbekwaam || leeftijd < 12) {
            return List.of(gezag);
        }
        if (leeftijd < 16) {
            return gevers12Tot16(zelf, gezag);
        }
        return List.of(zelf);
    }

    /**
     * TO CHECK (DOMAIN §2 rule 5 marks it so): for a wilsbekwame jeugdige of 12 to 15, toestemming
     * about the jeugdige counts only when the jeugdige <em>and</em> an ouder met gezag or voogd both
     * gave it. This is the one place to change that: return {@code List.of(jeugdige)} if the
     * jeugdige alone suffices, or {@code List.of(gezaghebbers)} if the parent alone does. The
     * sentences that say whose toestemming is needed follow automatically.
     */
    static List<Gevers> gevers12Tot16(Gevers jeugdige, Gevers gezaghebbers) {
        return List.of(jeugdige, gezaghebbers);
    }

    /** The givers that satisfy every group, one per group in group order, or null when a group is missing. */
    private static List<String> toestemmingGegeven(List<Gevers> groepen, Set<String> gegeven) {
        List<String> wie = new ArrayList<>();
        for (Gevers g : groepen) {
            String gever = null;
            for (String id : g.ids()) {
                if (gegeven.contains(id)) {
                    gever = id;
                    break;
                }
            }
            if (gever == null) {
                return null;
            }
            if (!wie.contains(gever)) {
                wie.add(gever);
            }
        }
        return wie;
    }
}
