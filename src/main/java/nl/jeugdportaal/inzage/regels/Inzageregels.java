package nl.jeugdportaal.inzage.regels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.jeugdportaal.tijd.regels.Tijdzone;

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
        return LocalDate.now(klok.withZone(Tijdzone.NEDERLAND));
    }

    /**
     * May {@code kijker} see a stuk about the persons {@code over}? Only when the viewer may see the
     * data of every one of them (DOMAIN §2), unless the viewer is staff on the case.
     *
     * @param over        the subjects of the stuk, in the order the sentences should name them
     * @param afgeschermd whether the GI shielded the stuk (§2 rule 7)
     */
    public Besluit beslis(Situatie situatie, String kijker, Set<String> over, boolean afgeschermd, LocalDate vandaag) {
        return beantwoord(situatie, kijker, Stukvraag.over(over, afgeschermd), vandaag).besluit();
    }

    /** May {@code kijker} see information about {@code persoon}? The same as a stuk about that person alone. */
    public Besluit magGegevensZien(Situatie situatie, String kijker, String persoon, LocalDate vandaag) {
        return beslis(situatie, kijker, Set.of(persoon), false, vandaag);
    }

    /**
     * DOMAIN §2 rule 11: the plan is not dossier inzage. The veiligheidsplan and plan van aanpak are
     * made with the gezag-holders and the jeugdige from 12 (Jeugdwet 4.1.2, 4.1.3), so every ouder
     * met gezag, the voogd and the jeugdige from 12 (wilsonbekwaam too: they keep the right to be
     * informed and heard, IVRK 12) see the plan, the familiegroepsplan and the JBT page, whatever
     * rule 2 says about the dossier; staff on the case and whoever may see the child's data too.
     * A plan point about a third person still follows rules 1 to 3 ({@link #beslis}).
     */
    public boolean magPlanZien(Situatie situatie, String wie, LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Objects.requireNonNull(wie, "wie");
        Feiten f = new Feiten(situatie, Objects.requireNonNull(vandaag, "vandaag"));
        String kind = situatie.kind();
        if (kind == null || !f.bekend(kind)) {
            return false;
        }
        if (situatie.medewerkers().contains(wie)) {
            return true;
        }
        if (wie.equals(kind)) {
            return f.leeftijd(kind) >= 12;
        }
        if (f.bekend(wie) && f.gezag(wie, kind) != null) {
            return true;
        }
        return magGegevensZien(situatie, wie, kind, vandaag).toegestaan();
    }

    /** The gezag-holders of {@code kind} today: adults (or declared so) with gezag, none from 18. */
    public List<String> gezaghebbers(Situatie situatie, String kind, LocalDate vandaag) {
        Feiten f = new Feiten(situatie, Objects.requireNonNull(vandaag, "vandaag"));
        return f.bekend(kind) && f.leeftijd(kind) < 18 ? f.beslissers(kind) : List.of();
    }

    /**
     * The views of {@code kijker} today (DOMAIN §2 rule 6): their own, then one per client whose
     * machtiging is valid today, in registration order.
     */
    public List<Blik> blikken(Situatie situatie, String kijker, LocalDate vandaag) {
        List<Blik> blikken = new ArrayList<>();
        blikken.add(Blik.eigen(kijker));
        for (Machtiging m : new Feiten(situatie, vandaag).geldigeMachtigingenAan(kijker)) {
            Blik b = Blik.namens(kijker, m.van());
            if (!blikken.contains(b)) {
                blikken.add(b);
            }
        }
        return blikken;
    }

    /**
     * The stuk as {@code kijker} may see it through any single one of their views (DOMAIN §2 rule 6:
     * views are never combined). This is what {@code scripts/policy-check} answers; the portal asks
     * one view at a time, as the page says for whom it is shown.
     */
    public Inzageantwoord beantwoord(Situatie situatie, String kijker, Stukvraag stuk, LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Objects.requireNonNull(kijker, "kijker");
        Objects.requireNonNull(vandaag, "vandaag");
        List<Blik> blikken = blikken(situatie, kijker, vandaag);
        Inzageantwoord eigen = beantwoord(situatie, blikken.get(0), stuk, vandaag);
        Inzageantwoord beste = eigen;
        Inzageantwoord eersteNamens = null;
        for (Blik blik : blikken.subList(1, blikken.size())) {
            Inzageantwoord a = beantwoord(situatie.voor(blik), blik, stuk, vandaag);
            if (eersteNamens == null) {
                eersteNamens = a;
            }
            if (beter(a, beste)) {
                beste = a;
            }
        }
        if (beste != eigen || eigen.besluit().toegestaan() || eigen.zichtbareDelen() > 0) {
            return beste;
        }
        // Nothing opens it. A relation-based refusal (gezag, ouder zonder gezag) explains more than a
        // machtiging does; otherwise say what the machtiging still needs, or that it is no longer valid.
        if (eigen.besluit().regel() != Regel.GEEN_TOESTEMMING) {
            return eigen;
        }
        if (eersteNamens != null) {
            return eersteNamens;
        }
        Machtiging oud = new Feiten(situatie, vandaag).eenMachtigingAan(kijker);
        if (oud != null) {
            return beantwoord(situatie.voor(Blik.namens(kijker, oud.van())), Blik.namens(kijker, oud.van()), stuk, vandaag);
        }
        return eigen;
    }

    /** The whole stuk beats a part of it, and more delen beat fewer. */
    private static boolean beter(Inzageantwoord a, Inzageantwoord b) {
        if (a.besluit().toegestaan() != b.besluit().toegestaan()) {
            return a.besluit().toegestaan();
        }
        return a.zichtbareDelen() > b.zichtbareDelen();
    }

    /**
     * The stuk as one view sees it. For the viewer's own view the machtigingen do not count; acting
     * for a client, only a machtiging of that client valid today does, and then the view is the
     * client's own, capped by the toestemmingen rule 6 asks (also for a stuk about the
     * vertrouwenspersoon herself).
     */
    public Inzageantwoord beantwoord(Situatie situatie, Blik blik, Stukvraag stuk, LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Objects.requireNonNull(blik, "blik");
        Objects.requireNonNull(stuk, "stuk");
        Objects.requireNonNull(vandaag, "vandaag");
        Feiten f = new Feiten(situatie, vandaag);
        Teksten t = tekstenVoor(f, blik.kijker());
        Besluit geheel = voorAlles(f, t, blik, stuk);
        if (geheel != null) {
            return new Inzageantwoord(geheel, stuk.delen().stream().map(d -> geheel).toList(), blik);
        }
        boolean partij = isProcesstuk(stuk.soort()) && procespartij(f, blik.namens() == null ? blik.kijker() : blik.namens());
        if (stuk.delen().isEmpty()) {
            return new Inzageantwoord(onderwerpen(f, t, blik, stuk.over(), partij), List.of(), blik);
        }
        List<Besluit> delen = new ArrayList<>();
        for (Set<String> deel : stuk.delen()) {
            delen.add(onderwerpen(f, t, blik, deel, partij));
        }
        long zichtbaar = delen.stream().filter(Besluit::toegestaan).count();
        if (zichtbaar == delen.size()) {
            return new Inzageantwoord(samen(delen, true), delen, blik);
        }
        List<Besluit> nee = delen.stream().filter(b -> !b.toegestaan()).toList();
        Besluit waarom = samen(nee, false);
        Besluit gedeeltelijk = Besluit.nee(Regel.DELEN_ACHTERGEHOUDEN, waarom.persoon(),
                t.delenAchtergehouden(zichtbaar, delen.size()) + " " + waarom.reden(), waarom.nodig());
        return new Inzageantwoord(gedeeltelijk, delen, blik);
    }

    /** What decides before any subject is looked at: staff, shielding, an invalid machtiging. */
    private Besluit voorAlles(Feiten f, Teksten t, Blik blik, Stukvraag stuk) {
        if (blik.namens() == null && f.situatie.medewerkers().contains(blik.kijker())) {
            return Besluit.ja(Regel.MEDEWERKER, null, t.medewerker());
        }
        if (stuk.afgeschermd()) {
            return Besluit.nee(Regel.AFGESCHERMD, null, t.afgeschermd(), t.afgeschermdNodig());
        }
        if (blik.namens() != null) {
            String c = blik.namens();
            if (!f.bekend(c)) {
                return Besluit.nee(Regel.ONBEKENDE_PERSOON, c, t.onbekend(c), t.onbekendNodig(c));
            }
            boolean geldig = f.geldigeMachtigingenAan(blik.kijker()).stream().anyMatch(m -> m.van().equals(c));
            if (!geldig) {
                return Besluit.nee(Regel.MACHTIGING_NIET_GELDIG, c, t.machtigingNietGeldig(c), t.machtigingNietGeldigNodig(c));
            }
        }
        return null;
    }

    /** Every subject must be visible (DOMAIN §2); one sentence per distinct reason. */
    private Besluit onderwerpen(Feiten f, Teksten t, Blik blik, Set<String> over, boolean partij) {
        if (over.isEmpty()) {
            // "every subject" would hold vacuously; a stuk about nobody is a registration error.
            return Besluit.nee(Regel.GEEN_ONDERWERP, null, t.geenOnderwerp(), t.geenOnderwerpNodig());
        }
        if (partij && blik.namens() == null) {
            return Besluit.ja(Regel.PROCESSTUK, f.situatie.kind(), t.processtuk());
        }
        boolean meer = over.size() > 1;
        List<Besluit> ja = new ArrayList<>();
        List<Besluit> nee = new ArrayList<>();
        for (String p : over) {
            Besluit b = blik.namens() == null ? Persoonsregels.overPersoon(f, t, blik.kijker(), p, meer)
                    : vertrouwenspersoon(f, t, blik.namens(), blik.kijker(), p, partij);
            (b.toegestaan() ? ja : nee).add(b);
        }
        return nee.isEmpty() ? samen(ja, true) : samen(nee, false);
    }

    /**
     * TO CHECK (DOMAIN §2 rule 10 marks it so, Rv 798-810): court papers go whole to the parties, who
     * receive them from the court anyway. This is the one place to change which soorten count.
     */
    public static boolean isProcesstuk(String soort) {
        return "BESCHIKKING".equals(soort) || "VERZOEKSCHRIFT".equals(soort);
    }

    /**
     * TO CHECK (DOMAIN §2 rule 10, Rv 798-810): the parties to whom the court sends its papers about
     * the dossier's child: every ouder met gezag, the voogd, and the child from 12. A wilsonbekwame
     * child is not counted: rule 10 does not name them (rule 11 does, for the plan), and rule 2 keeps
     * even their own data from them. The one place to change who they are.
     */
    static boolean procespartij(Feiten f, String wie) {
        String kind = f.situatie.kind();
        if (kind == null || !f.bekend(kind) || !f.bekend(wie)) {
            return false;
        }
        if (wie.equals(kind)) {
            return f.leeftijd(kind) >= 12 && !f.wilsonbekwaam(kind);
        }
        return f.gezag(wie, kind) != null;
    }

    // ---------------------------------------------------------------------------------------------

    private Teksten tekstenVoor(Feiten f, String kijker) {
        boolean jong = f.bekend(kijker) && f.leeftijd(kijker) < 18;
        return new Teksten(f.situatie, f.familie(), jong, engels);
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
     * §2 rule 6. A vertrouwenspersoon V acting for client C sees at most what C sees: C's own data,
     * and data about another person P only when C may see it, every other person who decides for P
     * (ouder met gezag or voogd; for a wilsonbekwame adult the curator or mentor) gave V toestemming
     * about P, and P did so too when P is 12 or older and wilsbekwaam. That is how a jeugdige of 12+
     * can keep a vertrouwenspersoon out. A stuk about V herself is no exception: acting for C is C's
     * view, so C must be able to see V's data (V, deciding about her own data, can give C that).
     *
     * <p>These toestemmingen are checked as given (valid dates, not withdrawn), not against rule 5's
     * "who may give it": rule 6 names exactly whose toestemming is needed, and rule 5 would, for a
     * child of 16, throw away the other parent's toestemming that rule 6 asks for.
     *
     * @param partij C is a party to this court paper and receives it whole (rule 10)
     */
    private Besluit vertrouwenspersoon(Feiten f, Teksten t, String c, String v, String p, boolean partij) {
        if (!f.bekend(p)) {
            return Besluit.nee(Regel.ONBEKENDE_PERSOON, p, t.onbekend(p), t.onbekendNodig(p));
        }
        if (!partij) {
            Besluit magClient = clientMag(f, c, p);
            if (!magClient.toegestaan()) {
                String reden = p.equals(v) ? t.vpEigenStuk(c) : t.vpClientMagNiet(c, p);
                String nodig = p.equals(v) ? t.vpEigenStukNodig(c) : magClient.nodig();
                return Besluit.nee(Regel.VERTROUWENSPERSOON_CLIENT_MAG_NIET, p, reden, nodig);
            }
        }
        if (c.equals(p) || v.equals(p)) {
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
        Teksten client = new Teksten(f.situatie, f.familie(), false, engels);
        return c.equals(p) ? Persoonsregels.eigen(f, client, c) : Persoonsregels.algemeen(f, client, c, p, false);
    }

    /**
     * §2 rule 6: whose toestemming about P a vertrouwenspersoon on the machtiging of C needs besides,
     * given or not: every other person who decides for P, and P when 12 or older and wilsbekwaam.
     * Nobody's for C's own data. C's own toestemming never replaces another gezag-holder's.
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
     * May {@code gever} give toestemming about {@code over} today? Yes when the gever is one of those
     * who decide for {@code over} ({@link Gevers#vereist}, so {@link Gevers#twaalfTotZestien} too). When
     * others decide as well, the reason says the toestemming counts only with theirs.
     * The reason is written for the gever ("u" or "je").
     */
    public Geefbesluit magToestemmingGeven(Situatie situatie, String gever, String over, LocalDate vandaag) {
        Objects.requireNonNull(situatie, "situatie");
        Objects.requireNonNull(gever, "gever");
        Objects.requireNonNull(over, "over");
        Feiten f = new Feiten(situatie, Objects.requireNonNull(vandaag, "vandaag"));
        return Gevers.magGeven(f, tekstenVoor(f, gever), gever, over);
    }

}
