package nl.jeugdportaal.inzage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.database.Queryfuncties;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Blik;
import nl.jeugdportaal.inzage.regels.Inzageantwoord;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Regel;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.inzage.regels.Stukvraag;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.EigenVerklaring;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.StukDocument;
import nl.jeugdportaal.web.Taal;
import org.hibernate.Session;

/**
 * The only way dossier data leaves the database: each stuk is judged by {@link Inzageregels} for
 * this viewer today, and every view and refusal is logged in the same transaction.
 */
@ApplicationScoped
public class InzageService {
    public static final int PER_PAGINA = 25;

    @Inject
    EntityManager em;
    @Inject
    SituatieBouwer situaties;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    /** For decisions whose reasons no page shows: the kopie, and who may open a dossier at all. */
    private final Inzageregels regels = new Inzageregels();

    /**
     * The page of the dossier of child {@code kindId}, its texts in {@code taal}, or empty when the
     * viewer has no business with that dossier (or it does not exist: the answer is the same, so it
     * reveals nothing).
     */
    @Transactional
    public Optional<Dossierweergave> dossier(Kijker kijker, Long kindId, Dossierweergave.Filter filter, int pagina,
            Taal taal) {
        // A page only reads (the log is written with its own statement): no snapshots of what is
        // loaded, and nothing to compare at commit.
        em.unwrap(Session.class).setDefaultReadOnly(true);
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Optional<Geopend> geopend = open(kijker, kindId, kijker.actor(), vandaag);
        if (geopend.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = geopend.get().dossier();
        Situatie situatie = geopend.get().situatie();

        Pagina gevonden = pagina(dossier, filter, Math.max(1, pagina));
        long totaal = gevonden.totaal();
        int paginas = (int) Math.max(1, (totaal + PER_PAGINA - 1) / PER_PAGINA);
        int huidige = Math.min(Math.max(1, pagina), paginas);
        List<Stuk> stukken = gevonden.stukken();
        Map<Long, List<StukDeel>> delen = delen(stukken);
        Map<Long, List<Dossierweergave.Verklaring>> verklaringen = eigenVerklaringen(stukken);
        Set<Long> metOrigineel = StukDocument.metDocument(stukken.stream().map(s -> s.id).toList());

        boolean jeVorm = kijker.persoon().leeftijdOp(vandaag) < 18;
        Inzageregels inTaal = new Inzageregels(taal.locale());
        DossierTekst tekst = taal.bundel(DossierTekst.class);
        List<Dossierweergave.Regel> weergave = new ArrayList<>();
        Map<String, Verborgengroep> verborgen = new java.util.LinkedHashMap<>();
        Audit.Bezoek log = Audit.Bezoek.pagina(Actie.DOSSIER_BEKEKEN, dossier.id, List.of(dossier.kind.id));
        Blik blik = SituatieBouwer.blik(kijker.persoon(), kijker.namens());
        String kind = SituatieBouwer.sleutel(dossier.kind);
        boolean magKind = magKind(inTaal, situatie, blik, kind, vandaag);
        for (Stuk stuk : stukken) {
            List<StukDeel> stukDelen = delen.getOrDefault(stuk.id, List.of());
            Inzageantwoord antwoord = inTaal.beantwoord(situatie, blik, vraag(stuk, stukDelen), vandaag);
            Besluit besluit = antwoord.besluit();
            if (besluit.toegestaan()) {
                weergave.add(new Dossierweergave.Regel(stuk.id, stuk.datum, tekst.soort(stuk.soort), stuk.auteur,
                        stuk.titel, alineas(stuk.tekst), besluit.reden(), null, null,
                        verklaringen.getOrDefault(stuk.id, List.of()), List.of(), metOrigineel.contains(stuk.id)));
            } else if (antwoord.zichtbareDelen() > 0) {
                weergave.add(new Dossierweergave.Regel(stuk.id, stuk.datum, tekst.soort(stuk.soort), stuk.auteur,
                        stuk.titel, List.of(), besluit.reden(), besluit.nodig(), volgendeStap(besluit, jeVorm, tekst),
                        List.of(), getoond(antwoord, stukDelen), false));
            } else {
                Verborgengroep groep = verborgen.computeIfAbsent(besluit.reden(), r -> new Verborgengroep(besluit));
                groep.aantal++;
                if (doorIemandAnders(besluit, magKind, kind)) {
                    groep.stukken.add(new Dossierweergave.Aanwijzing(stuk.datum, tekst.soort(stuk.soort),
                            zwartTeLakken(besluit, magKind, kind, stukDelen) ? stuk.id : null));
                }
            }
            logregel(log, stuk, antwoord, stukDelen);
        }
        List<Dossierweergave.Verborgen> regelsVerborgen = verborgen.values().stream()
                .map(g -> new Dossierweergave.Verborgen(g.aantal, g.besluit.reden(), g.besluit.nodig(),
                        volgendeStap(g.besluit, jeVorm, tekst), g.besluit.regel() == Regel.OUDER_ZONDER_GEZAG, g.stukken))
                .toList();
        audit.schrijf(kijker.actor(), log);
        Persoon namens = kijker.namens();
        return Optional.of(new Dossierweergave(dossier.kind.id, dossier.kind.naam(), jeVorm,
                namens == null ? null : namens.naam(), namens == null ? null : namens.id, weergave, regelsVerborgen,
                huidige, paginas,
                totaal, filter, !kijker.isMedewerker() || namens != null, vernietigd(dossier)));
    }

    /**
     * DOMAIN §2 rule 9: the viewer may see the child's data and the stuk is closed because of someone
     * else, so the page names its date and soort for them to ask for it.
     */
    private static boolean doorIemandAnders(Besluit besluit, boolean magKind, String kind) {
        return magKind && besluit.regel() != Regel.AFGESCHERMD && besluit.persoon() != null
                && !besluit.persoon().equals(kind);
    }

    /**
     * DOMAIN §2 rule 10: a stuk the GI did not split, closed only because of someone else, can be
     * asked for with the other persons' parts blacked out. The page's offer and the check when the
     * request is filed both ask this.
     */
    private static boolean zwartTeLakken(Besluit besluit, boolean magKind, String kind, List<StukDeel> delen) {
        return delen.isEmpty() && doorIemandAnders(besluit, magKind, kind);
    }

    private static boolean magKind(Inzageregels regels, Situatie situatie, Blik blik, String kind, LocalDate vandaag) {
        return regels.beantwoord(situatie, blik, Stukvraag.over(Set.of(kind), false), vandaag).besluit().toegestaan();
    }

    /**
     * The stuk {@code stukId} of this dossier when {@code kijker} may ask for a kopie of it with the
     * other persons' parts blacked out, judged as the dossier page judges it; empty for any other id
     * (another dossier's, a shielded one, one they may see, one with delen), so nothing is revealed.
     * Only the decision is made here; the caller logs the request or its refusal.
     */
    @Transactional
    public Optional<Stuk> zwartTeLakken(Kijker kijker, Long kindId, Long stukId) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Optional<Geopend> geopend = open(kijker, kindId, kijker.actor(), vandaag);
        if (geopend.isEmpty() || stukId == null) {
            return Optional.empty();
        }
        Dossier dossier = geopend.get().dossier();
        Optional<Stuk> stuk = em.createQuery("select distinct s from Stuk s left join fetch s.over where s.id = :id"
                + " and s.dossier = :d and s.vernietigdOp is null", Stuk.class)
                .setParameter("id", stukId).setParameter("d", dossier).getResultStream().findFirst();
        if (stuk.isEmpty()) {
            return Optional.empty();
        }
        List<StukDeel> stukDelen = delen(List.of(stuk.get())).getOrDefault(stukId, List.of());
        Situatie situatie = geopend.get().situatie();
        Blik blik = SituatieBouwer.blik(kijker.persoon(), kijker.namens());
        String kind = SituatieBouwer.sleutel(dossier.kind);
        Besluit besluit = regels.beantwoord(situatie, blik, vraag(stuk.get(), stukDelen), vandaag).besluit();
        boolean mag = !besluit.toegestaan() && zwartTeLakken(besluit, magKind(regels, situatie, blik, kind, vandaag), kind, stukDelen);
        return mag ? stuk : Optional.empty();
    }

    /** Hidden stukken of one page with the same reason. */
    private static final class Verborgengroep {
        final Besluit besluit;
        long aantal;
        final List<Dossierweergave.Aanwijzing> stukken = new ArrayList<>();

        Verborgengroep(Besluit besluit) {
            this.besluit = besluit;
        }
    }

    /** What is left of destroyed stukken: how many, and when. Nothing of what they said. */
    private List<Dossierweergave.Vernietiging> vernietigd(Dossier dossier) {
        return em.createQuery("select s.vernietigdOp, count(s) from Stuk s where s.dossier = :d and s.vernietigdOp is not null"
                + " group by s.vernietigdOp order by s.vernietigdOp", Object[].class).setParameter("d", dossier)
                .getResultList().stream()
                .map(r -> new Dossierweergave.Vernietiging((LocalDate) r[0], (Long) r[1])).toList();
    }

    /**
     * Destroys these stukken of one dossier after a granted vernietiging (DOMAIN §3): their content,
     * subjects and eigen verklaringen are deleted in the caller's transaction, and each destruction
     * is logged as a change to the data of the persons the stuk was about. The audit rows keep the
     * stuk's id only; they never held its content. {@code verzoekId} is null when the GI destroyed
     * the stuk itself through the registratie API. The original document goes with the text.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vernietig(Collection<Stuk> stukken, Long verzoekId, Audit.Actor actor) {
        if (stukken.isEmpty()) {
            return;
        }
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        em.createQuery("delete from EigenVerklaring e where e.stuk in :stukken").setParameter("stukken", stukken)
                .executeUpdate();
        em.createQuery("delete from StukDocument d where d.stukId in :ids")
                .setParameter("ids", stukken.stream().map(s -> s.id).toList()).executeUpdate();
        List<Audit.Gebeurtenis> log = new ArrayList<>();
        for (Stuk stuk : stukken) {
            log.add(new Audit.Gebeurtenis(Actie.STUK_VERNIETIGD, Uitkomst.GEWIJZIGD, stuk.dossier.id, stuk.id, null,
                    verzoekId == null ? "door het bronsysteem" : "verzoek " + verzoekId, stuk.over.stream().map(p -> p.id).toList()));
            stuk.vernietig(vandaag, verzoekId);
        }
        audit.schrijf(actor, log);
    }

    /**
     * The original document of one stuk, for exactly those who may read the whole stuk today: the
     * same rules and the same log line (STUK_BEKEKEN) as the stuk's text on the page.
     */
    @Transactional
    public Optional<byte[]> origineel(Kijker kijker, Long kindId, Long stukId) {
        return leesbaar(kijker, kindId, List.of(stukId), kijker.actor(), Actie.STUK_BEKEKEN)
                .filter(l -> !l.stukken().isEmpty())
                .flatMap(l -> StukDocument.van(stukId))
                .map(d -> d.inhoud);
    }

    /**
     * What {@link #leesbaar} found, oldest first: the stukken the reader may read whole, and apart
     * from them those of which the reader may see only some delen (DOMAIN §2 rule 10), which only a
     * kopie holds, with exactly those delen.
     */
    public record Leesbaar(Dossier dossier, List<Stuk> stukken, List<Deels> deels) {
        /** Whole and in part together, oldest first: what a kopie can hold. */
        public List<Stuk> inKopie() {
            return java.util.stream.Stream.concat(stukken.stream(), deels.stream().map(Deels::stuk))
                    .sorted(java.util.Comparator.comparing((Stuk s) -> s.datum).thenComparing(s -> s.id)).toList();
        }
    }

    /** A stuk the reader may see only in part: per deel in order, its text or why it is withheld. */
    public record Deels(Stuk stuk, List<Dossierweergave.Deel> delen) {
    }

    /**
     * Every stuk of the dossier that {@code voor} may read today, by the same rules as the page, for
     * a kopie or to choose the stuk of a correctie. Logged under {@code actor}, who may be someone
     * else (the jeugdbeschermer who grants a kopie makes it with what the requester may see).
     * {@code alleen}, when not null, limits the question to those stukken. Empty when {@code voor} has
     * no business with the dossier. The reasons of withheld delen are Dutch, as the kopie is.
     */
    @Transactional
    public Optional<Leesbaar> leesbaar(Kijker voor, Long kindId, Collection<Long> alleen, Audit.Actor actor,
            Actie actie) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Optional<Geopend> geopend = open(voor, kindId, actor, vandaag);
        if (geopend.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = geopend.get().dossier();
        if (alleen != null && alleen.isEmpty()) {
            return Optional.of(new Leesbaar(dossier, List.of(), List.of()));
        }
        TypedQuery<Stuk> query = em.createQuery("select distinct s from Stuk s left join fetch s.over where s.dossier = :d"
                + " and s.vernietigdOp is null"
                + (alleen == null ? "" : " and s.id in :ids") + " order by s.datum, s.id", Stuk.class)
                .setParameter("d", dossier);
        List<Stuk> alle = (alleen == null ? query : query.setParameter("ids", alleen)).getResultList();
        List<Stuk> mag = new ArrayList<>();
        List<Deels> deels = new ArrayList<>();
        Audit.Bezoek log = Audit.Bezoek.stukken(actie, dossier.id);
        Map<Long, List<StukDeel>> delen = delen(alle);
        for (Stuk stuk : alle) {
            List<StukDeel> stukDelen = delen.getOrDefault(stuk.id, List.of());
            Inzageantwoord antwoord = beantwoord(regels, geopend.get().situatie(), voor, stuk, stukDelen, vandaag);
            if (antwoord.besluit().toegestaan()) {
                mag.add(stuk);
            } else if (antwoord.zichtbareDelen() > 0) {
                deels.add(new Deels(stuk, getoond(antwoord, stukDelen)));
            }
            logregel(log, stuk, antwoord, stukDelen);
        }
        audit.schrijf(actor, log);
        return Optional.of(new Leesbaar(dossier, mag, deels));
    }

    /** DOMAIN §2 rule 10: every deel the reader may see, and a withheld line with its reason for each other deel. */
    private static List<Dossierweergave.Deel> getoond(Inzageantwoord antwoord, List<StukDeel> stukDelen) {
        List<Dossierweergave.Deel> getoond = new ArrayList<>();
        for (int i = 0; i < stukDelen.size(); i++) {
            Besluit deel = antwoord.delen().get(i);
            getoond.add(deel.toegestaan() ? new Dossierweergave.Deel(true, alineas(stukDelen.get(i).tekst), null)
                    : new Dossierweergave.Deel(false, List.of(), deel.reden()));
        }
        return getoond;
    }

    private record Geopend(Dossier dossier, Situatie situatie) {
    }

    /** The dossier with the facts to judge its stukken, or empty (and logged) for someone not involved. */
    private Optional<Geopend> open(Kijker kijker, Long kindId, Audit.Actor actor, LocalDate vandaag) {
        Optional<Dossier> gevonden = vanKind(kindId);
        if (gevonden.isEmpty()) {
            audit.schrijf(actor, new Audit.Gebeurtenis(Actie.DOSSIER_GEWEIGERD, Uitkomst.GEWEIGERD, null, null,
                    null, "geen dossier " + kindId, List.of()));
            return Optional.empty();
        }
        Dossier dossier = gevonden.get();
        boolean medewerker = kijker.zaakrol(dossier).isPresent();
        Situatie situatie = situaties.voor(dossier, kijker.persoon(), kijker.namens(), medewerker);
        if (!betrokken(kijker, dossier, situatie, vandaag)) {
            audit.schrijf(actor, new Audit.Gebeurtenis(Actie.DOSSIER_GEWEIGERD, Uitkomst.GEWEIGERD,
                    dossier.id, null, null, "niet betrokken bij dit dossier", List.of(dossier.kind.id)));
            return Optional.empty();
        }
        return Optional.of(new Geopend(dossier, situatie));
    }

    private static Optional<Dossier> vanKind(Long kindId) {
        // The jeugdbeschermer and the team come along: who is staff on the case is asked on every open.
        return Dossier.find("select d from Dossier d join fetch d.kind join fetch d.jeugdbeschermer j left join fetch j.team"
                + " where d.kind.id = ?1", kindId)
                .firstResultOptional();
    }

    /** The stuk as this page's single view sees it: the viewer's own, or acting for one client. */
    private static Inzageantwoord beantwoord(Inzageregels regels, Situatie situatie, Kijker kijker, Stuk stuk,
            List<StukDeel> delen, LocalDate vandaag) {
        return regels.beantwoord(situatie, SituatieBouwer.blik(kijker.persoon(), kijker.namens()), vraag(stuk, delen), vandaag);
    }

    /** What the rules know of a stuk: its subjects, shielding, soort and delen (DOMAIN §2 rules 7, 10). */
    static Stukvraag vraag(Stuk stuk, List<StukDeel> delen) {
        return new Stukvraag(sleutels(stuk.over), stuk.afgeschermd, stuk.soort == null ? null : stuk.soort.name(),
                delen.stream().map(d -> sleutels(d.over)).toList());
    }

    private static Set<String> sleutels(Collection<Persoon> personen) {
        return personen.stream().map(SituatieBouwer::sleutel).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The delen of these stukken with their subjects, in one query however many stukken there are. */
    Map<Long, List<StukDeel>> delen(List<Stuk> stukken) {
        if (stukken.isEmpty()) {
            return Map.of();
        }
        return Queryfuncties.metIds(em.createQuery("select distinct d from StukDeel d left join fetch d.over"
                + " where een_van(:stukken, d.stuk.id)", StukDeel.class), "stukken", stukken.stream().map(s -> s.id).toList())
                .getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(d -> d.volgorde))
                .collect(Collectors.groupingBy(d -> d.stuk.id, Collectors.toList()));
    }

    /**
     * Each stuk of a view goes into its one log row, shown or refused, with the rule that decided. A
     * stuk shown in part is logged as shown, as being about the persons of its shown delen only; the
     * persons of its withheld delen are kept apart, as for a refusal.
     */
    private static void logregel(Audit.Bezoek log, Stuk stuk, Inzageantwoord antwoord, List<StukDeel> stukDelen) {
        Besluit besluit = antwoord.besluit();
        List<Long> over = stuk.over.stream().map(p -> p.id).toList();
        if (besluit.toegestaan()) {
            log.gezien(stuk.id, besluit.regel().code(), over);
        } else if (antwoord.zichtbareDelen() > 0) {
            Set<Long> gezien = new java.util.LinkedHashSet<>();
            Set<Long> achtergehouden = new java.util.LinkedHashSet<>();
            for (int i = 0; i < stukDelen.size(); i++) {
                (antwoord.delen().get(i).toegestaan() ? gezien : achtergehouden)
                        .addAll(stukDelen.get(i).over.stream().map(p -> p.id).toList());
            }
            log.deels(stuk.id, besluit.regel().code(), gezien, achtergehouden);
        } else {
            log.geweigerd(stuk.id, besluit.regel().code(), over);
        }
    }

    /**
     * The eigen verklaringen of these stukken in one query, so a page costs the same statements however
     * long. Pass only stukken the reader may see: a verklaring is shown with its stuk, to the same readers.
     */
    public Map<Long, List<Dossierweergave.Verklaring>> eigenVerklaringen(List<Stuk> stukken) {
        if (stukken.isEmpty()) {
            return Map.of();
        }
        return Queryfuncties.metIds(em.createQuery("select e from EigenVerklaring e join fetch e.persoon join fetch e.ingediendDoor"
                + " where een_van(:stukken, e.stuk.id) order by e.tijdstip, e.id", EigenVerklaring.class),
                "stukken", stukken.stream().map(s -> s.id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.stuk.id, Collectors.mapping(
                        e -> new Dossierweergave.Verklaring(e.persoon.naam(),
                                LocalDate.ofInstant(e.tijdstip, clock.getZone()), alineas(e.tekst),
                                e.ingediendDoor.id.equals(e.persoon.id) ? null : e.ingediendDoor.naam()),
                        Collectors.toList())));
    }

    /**
     * Who may open the dossier page at all: staff on the case, the child, anyone the rules let see
     * the child's data, and anyone with a relation to the child (an ouder zonder gezag sees what
     * exists and why it is hidden). Everyone else gets "not found".
     */
    private boolean betrokken(Kijker kijker, Dossier dossier, Situatie situatie, LocalDate vandaag) {
        String ik = SituatieBouwer.sleutel(kijker.persoon());
        String kind = SituatieBouwer.sleutel(dossier.kind);
        if (situatie.medewerkers().contains(ik) || ik.equals(kind)) {
            return true;
        }
        if (regels.magGegevensZien(situatie, ik, kind, vandaag).toegestaan()) {
            return true;
        }
        String via = kijker.namens() == null ? ik : SituatieBouwer.sleutel(kijker.namens());
        return situatie.relaties().stream().anyMatch(r -> r.persoon().equals(via) && r.van().equals(kind)
                && r.geldigOp(vandaag));
    }

    private static String volgendeStap(Besluit besluit, boolean jeVorm, DossierTekst tekst) {
        if (besluit.regel() == Regel.AFGESCHERMD) {
            return jeVorm ? tekst.afgeschermdVervolgJe() : tekst.afgeschermdVervolgU();
        }
        return jeVorm ? tekst.vragenJe() : tekst.vragenU();
    }

    private record Pagina(List<Stuk> stukken, long totaal) {
    }

    /**
     * The stukken of a page and the number of them all. Two steps (ids with the total, then the
     * stukken with their subjects) so paging happens in the database, and the count travels with the
     * ids instead of costing a statement of its own. A page past the end gets the last page.
     */
    private Pagina pagina(Dossier dossier, Dossierweergave.Filter filter, int pagina) {
        List<Object[]> rijen = query("select s.id, count(*) over () from Stuk s where s.dossier = :d and s.vernietigdOp is null"
                + voorwaarden(filter) + " order by s.datum desc, s.id desc", Object[].class, dossier, filter)
                .setFirstResult((pagina - 1) * PER_PAGINA).setMaxResults(PER_PAGINA).getResultList();
        if (rijen.isEmpty()) {
            long totaal = query("select count(s) from Stuk s where s.dossier = :d and s.vernietigdOp is null"
                    + voorwaarden(filter), Long.class, dossier, filter).getSingleResult();
            int laatste = (int) Math.max(1, (totaal + PER_PAGINA - 1) / PER_PAGINA);
            return totaal == 0 || laatste >= pagina ? new Pagina(List.of(), totaal) : pagina(dossier, filter, laatste);
        }
        List<Long> ids = rijen.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Stuk> opId = Queryfuncties.metIds(em.createQuery(
                "select distinct s from Stuk s left join fetch s.over where een_van(:ids, s.id)", Stuk.class), "ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return new Pagina(ids.stream().map(opId::get).toList(), ((Number) rijen.get(0)[1]).longValue());
    }

    private static String voorwaarden(Dossierweergave.Filter filter) {
        return (filter.soort() == null ? "" : " and s.soort = :soort")
                + (filter.van() == null ? "" : " and s.datum >= :van")
                + (filter.tot() == null ? "" : " and s.datum <= :tot");
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Dossier dossier, Dossierweergave.Filter filter) {
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("d", dossier);
        if (filter.soort() != null) {
            q.setParameter("soort", filter.soort());
        }
        if (filter.van() != null) {
            q.setParameter("van", filter.van());
        }
        if (filter.tot() != null) {
            q.setParameter("tot", filter.tot());
        }
        return q;
    }

    private static List<String> alineas(String tekst) {
        return Arrays.stream(tekst.split("\\n\\s*\\n")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** Who acts in the log: the logged-in person, in their role, and for whom on a machtiging. */}
