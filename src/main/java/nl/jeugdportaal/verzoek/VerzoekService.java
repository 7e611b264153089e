package nl.jeugdportaal.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.Wilsonbekwaamheid;
import nl.jeugdportaal.verzoek.Weergaven.Aanwijzing;
import nl.jeugdportaal.verzoek.Weergaven.Context;
import nl.jeugdportaal.verzoek.Weergaven.StukKeuze;
import nl.jeugdportaal.verzoek.regels.Aanvrager;
import nl.jeugdportaal.verzoek.regels.Band;
import nl.jeugdportaal.verzoek.regels.Termijnen;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * What the request services share, and what other features ask of a request: who may see or decide
 * it, the facts the request rules judge, its audit line and message, and carrying out a destruction.
 * Filing is {@link Verzoekindiening}, reading {@link Verzoeken}, deciding {@link Verzoekbehandeling}.
 */
@ApplicationScoped
public class VerzoekService {
    @Inject
    InzageService inzage;
    @Inject
    Meldingen meldingen;
    @Inject
    Clock clock;
    @Inject
    Kopiemaker kopiemaker;

    static final Comparator<Stuk> OUDSTE_EERST = Comparator.comparing((Stuk s) -> s.datum).thenComparing(s -> s.id);

    Termijnen termijnen() {
        return new Termijnen(clock);
    }

    // ---- Access ---------------------------------------------------------------------------------

    static Optional<Verzoek> zoek(Long id) {
        return id == null ? Optional.empty() : Verzoek.<Verzoek>find("select v from Verzoek v join fetch v.dossier d"
                + " join fetch d.kind join fetch d.jeugdbeschermer join fetch v.aanvrager join fetch v.indiener"
                + " left join fetch v.stuk where v.id = ?1", id).firstResultOptional();
    }

    /** Whose right it is: the client when a vertrouwenspersoon acts namens them. */
    static Persoon aanvrager(Kijker kijker) {
        return kijker.namens() == null ? kijker.persoon() : kijker.namens();
    }

    /** The client themself, or the vertrouwenspersoon working namens that client today. */
    static boolean isAanvrager(Kijker kijker, Verzoek v) {
        return aanvrager(kijker).id.equals(v.aanvrager.id);
    }

    /** Requests go to the jeugdbeschermer on the case (seed 000 §4). */
    static boolean isBehandelaar(Kijker kijker, Verzoek v) {
        return kijker.namens() == null && kijker.heeft(Rol.JEUGDBESCHERMER)
                && v.dossier.jeugdbeschermer.id.equals(kijker.persoon().id);
    }

    /** The requester, the jeugdbeschermer on the case, and the FG who looks along (seed 000 §4). */
    static boolean magZien(Kijker kijker, Verzoek v) {
        return isAanvrager(kijker, v) || isBehandelaar(kijker, v) || (kijker.namens() == null && kijker.heeft(Rol.FG));
    }

    /** The requester as a reader of the dossier: a kopie holds what they may see, whoever made it. */
    static Kijker alsAanvrager(Verzoek v) {
        return new Kijker(v.aanvrager, Set.of(), null);
    }

    /** The stuk a correctie is about as staff read it: through the inzage rules, logged like any reader. */
    Optional<Stuk> leesStuk(Kijker kijker, Verzoek v) {
        return inzage.leesbaar(kijker, v.dossier.kind.id, List.of(v.stuk.id), kijker.actor(), Actie.STUK_BEKEKEN)
                .flatMap(l -> l.stukken().stream().findFirst());
    }

    /**
     * The stukken a decision on a kopie or vernietiging is about, oldest first. For a kopie: what the
     * requester may see today of what they asked, whole or in part, by the inzage rules, read under the
     * jeugdbeschermer's name. For a vernietiging: the stukken asked for that still exist.
     */
    List<Stuk> kandidaten(Verzoek v, Audit.Actor actor) {
        if (v.soort == Verzoeksoort.KOPIE) {
            return inzage.leesbaar(alsAanvrager(v), v.dossier.kind.id, v.alleStukken ? null : ids(v.gekozenStukken),
                    actor, Actie.STUK_BEKEKEN).map(InzageService.Leesbaar::inKopie).orElse(List.of());
        }
        return v.gekozenStukken.stream().filter(s -> s.vernietigdOp == null).sorted(OUDSTE_EERST).toList();
    }

    // ---- Facts ----------------------------------------------------------------------------------

    /** The facts the request rules judge; the complaint rules judge the same facts. */
    public Aanvrager aanvrager(Kijker kijker, Dossier dossier) {
        LocalDate vandaag = termijnen().vandaag();
        Persoon p = aanvrager(kijker);
        int leeftijdKind = dossier.kind.leeftijdOp(vandaag);
        boolean wilsonbekwaam = Wilsonbekwaamheid.count("persoon = ?1 and vanaf <= ?2 and (tot is null or tot >= ?2)",
                p, vandaag) > 0;
        if (kijker.namens() == null && kijker.isMedewerker()) {
            return new Aanvrager(Band.MEDEWERKER, false, p.leeftijdOp(vandaag), false, leeftijdKind);
        }
        if (p.id.equals(dossier.kind.id)) {
            return new Aanvrager(Band.KIND_ZELF, false, p.leeftijdOp(vandaag), wilsonbekwaam, leeftijdKind);
        }
        return Relatie.vanPersoon(p).stream()
                .filter(r -> r.kind.id.equals(dossier.kind.id) && r.geldigOp(vandaag))
                .findFirst()
                .map(r -> new Aanvrager(switch (r.soort) {
                    case OUDER -> Band.OUDER;
                    case VOOGD -> Band.VOOGD;
                    case VERTEGENWOORDIGER -> Band.VERTEGENWOORDIGER;
                    case PLEEGOUDER -> Band.PLEEGOUDER;
                }, r.gezag, p.leeftijdOp(vandaag), wilsonbekwaam, leeftijdKind))
                .orElse(new Aanvrager(Band.ANDERS, false, p.leeftijdOp(vandaag), wilsonbekwaam, leeftijdKind));
    }

    static Context context(Kijker kijker, Dossier dossier, Aanvrager aanvrager) {
        Persoon namens = kijker.namens();
        // A vertrouwenspersoon is an adult reading for a client: "u", whoever the client is.
        boolean je = namens == null && aanvrager.jeVorm();
        return new Context(dossier.kind.id, dossier.kind.naam(), je, namens == null ? null : namens.naam(),
                namens == null ? null : namens.id);
    }

    /** A stuk named as rule 9 lets a refusal name it: its date and soort, never its title. */
    static Aanwijzing aanwijzing(Stuk stuk, Taal taal) {
        return new Aanwijzing(stuk.id, stuk.datum, taal.bundel(nl.jeugdportaal.inzage.DossierTekst.class).soort(stuk.soort));
    }

    static StukKeuze keuze(Stuk s) {
        return new StukKeuze(s.id, s.datum, s.titel);
    }

    static List<Long> ids(Collection<Stuk> stukken) {
        return stukken.stream().map(s -> s.id).toList();
    }

    static void zet(Map<String, String> fouten, String veld, String fout) {
        if (fout != null) {
            fouten.put(veld, fout);
        }
    }

    // ---- Audit and messages ---------------------------------------------------------------------

    /** An audit line about this request, for its client's log. */
    static Audit.Gebeurtenis gebeurtenis(Verzoek v, Actie actie, Uitkomst uitkomst, Long stukId, String soort) {
        return Audit.Gebeurtenis.over(Onderwerp.verzoek(v.id), actie, uitkomst, v.dossier.id, stukId, soort,
                List.of(v.aanvrager.id));
    }

    /** Tells the requester about this request, in both languages, in the words of {@link VerzoekTekst}. */
    void meld(Verzoek v, Function<VerzoekTekst, String> onderwerp, BiFunction<VerzoekTekst, Taal, String> tekst) {
        meldingen.verzoekGewijzigd(v, Tweetalig.van(t -> onderwerp.apply(t.bundel(VerzoekTekst.class))),
                Tweetalig.van(t -> tekst.apply(t.bundel(VerzoekTekst.class), t)));
    }

    /** A name inside a sentence ("kopie van het dossier"): lower case as the language writes it. */
    static String klein(String naam, Taal taal) {
        return naam.toLowerCase(taal.locale());
    }

    // ---- Destruction ----------------------------------------------------------------------------

    /**
     * Carries out a granted vernietiging in the decision's transaction. Besides the stuk itself (see
     * {@link InzageService#vernietig}) its correction history goes, and what correcties quoted from it;
     * every kopie that held it is made again without it, and its requester is told.
     */
    void vernietig(List<Stuk> stukken, Long verzoekId, Audit.Actor actor) {
        if (stukken.isEmpty()) {
            return;
        }
        StukWijziging.delete("stuk in ?1", stukken);
        Verzoek.update("zin = null, watFout = null, watMoetHetZijn = null where stuk in ?1", stukken);
        List<Kopie> kopieen = Kopie.met(stukken);
        kopiemaker.vergeet(stukken);
        inzage.vernietig(stukken, verzoekId, actor);
        for (Kopie kopie : kopieen) {
            kopiemaker.maakOpnieuw(kopie);
            meld(kopie.verzoek, VerzoekTekst::onderwerpKopieAangepast, (b, t) -> b.kopieAangepast());
        }
    }

    /** The GI destroyed the stuk in its own system (DELETE through the registratie API): the same as a granted vernietiging. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vernietigDoorBronsysteem(Stuk stuk, Audit.Actor actor) {
        vernietig(List.of(stuk), null, actor);
    }
}
