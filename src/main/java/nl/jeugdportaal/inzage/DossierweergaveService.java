package nl.jeugdportaal.inzage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.database.Queryfuncties;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Blik;
import nl.jeugdportaal.inzage.regels.Inzageantwoord;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Regel;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.web.Taal;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The dossier page: one page of stukken, each judged by {@link Inzageregels} for this viewer today
 * ({@link Stukbeoordeling}), the hidden ones grouped by reason, and the whole view logged.
 */
@ApplicationScoped
public class DossierweergaveService {
    public static final int PER_PAGINA = 25;

    @Inject
    EntityManager em;
    @Inject
    InzageService inzage;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    /**
     * The page of the dossier of child {@code kindId}, its texts in {@code taal}, or empty when the
     * viewer has no business with that dossier (or it does not exist: the answer is the same, so it
     * reveals nothing).
     */
    @Transactional
    public Optional<Dossierweergave> dossier(Kijker kijker, Long kindId, Dossierweergave.Filter filter, int pagina,
            Taal taal) {
        alleenLezen();
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Optional<InzageService.Geopend> geopend = inzage.open(kijker, kindId, kijker.actor(), vandaag);
        if (geopend.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = geopend.get().dossier();
        Situatie situatie = geopend.get().situatie();

        Pagina gevonden = pagina(dossier, filter, Math.max(1, pagina));
        long totaal = gevonden.totaal();
        int paginas = paginas(totaal);
        List<Stuk> stukken = gevonden.stukken();
        Map<Long, List<StukDeel>> delen = inzage.delen(gevonden.met(gevonden.metDelen()));
        Map<Long, List<Dossierweergave.Verklaring>> verklaringen = inzage.eigenVerklaringen(gevonden.met(gevonden.metVerklaring()));
        Set<Long> metOrigineel = gevonden.metOrigineel();

        boolean jeVorm = kijker.persoon().leeftijdOp(vandaag) < 18;
        Inzageregels inTaal = new Inzageregels(taal.locale());
        DossierTekst tekst = taal.bundel(DossierTekst.class);
        List<Dossierweergave.Regel> weergave = new ArrayList<>();
        Map<String, Verborgengroep> verborgen = new java.util.LinkedHashMap<>();
        Map<StukSoort, String> soortnamen = new EnumMap<>(StukSoort.class); // a page has few soorten, and many stukken
        Audit.Bezoek log = Audit.Bezoek.pagina(Actie.DOSSIER_BEKEKEN, dossier.id, List.of(dossier.kind.id));
        Blik blik = SituatieBouwer.blik(kijker.persoon(), kijker.namens());
        String kind = SituatieBouwer.sleutel(dossier.kind);
        boolean magKind = Stukbeoordeling.magKind(inTaal, situatie, blik, kind, vandaag);
        for (Stuk stuk : stukken) {
            List<StukDeel> stukDelen = delen.getOrDefault(stuk.id, List.of());
            String soort = soortnamen.computeIfAbsent(stuk.soort, tekst::soort);
            Inzageantwoord antwoord = inTaal.beantwoord(situatie, blik, Stukbeoordeling.vraag(stuk, stukDelen), vandaag);
            Besluit besluit = antwoord.besluit();
            if (besluit.toegestaan()) {
                weergave.add(new Dossierweergave.Regel(stuk.id, stuk.datum, soort, stuk.auteur,
                        stuk.titel, Stukbeoordeling.alineas(stuk.tekst), besluit.reden(), null, null,
                        verklaringen.getOrDefault(stuk.id, List.of()), List.of(), metOrigineel.contains(stuk.id)));
            } else if (antwoord.zichtbareDelen() > 0) {
                weergave.add(new Dossierweergave.Regel(stuk.id, stuk.datum, soort, stuk.auteur,
                        stuk.titel, List.of(), besluit.reden(), besluit.nodig(), volgendeStap(besluit, jeVorm, tekst),
                        List.of(), Stukbeoordeling.getoond(antwoord, stukDelen), false));
            } else {
                Verborgengroep groep = verborgen.computeIfAbsent(besluit.reden(), r -> new Verborgengroep(besluit));
                groep.aantal++;
                if (Stukbeoordeling.doorIemandAnders(besluit, magKind, kind)) {
                    groep.stukken.add(new Dossierweergave.Aanwijzing(stuk.datum, soort,
                            Stukbeoordeling.zwartTeLakken(besluit, magKind, kind, stukDelen) ? stuk.id : null));
                }
            }
            Stukbeoordeling.logregel(log, stuk, antwoord, stukDelen);
        }
        audit.schrijf(kijker.actor(), log);
        Persoon namens = kijker.namens();
        return Optional.of(new Dossierweergave(dossier.kind.id, dossier.kind.naam(), jeVorm,
                namens == null ? null : namens.naam(), namens == null ? null : namens.id, weergave, verborgen(verborgen.values(), jeVorm, tekst),
                Math.min(Math.max(1, pagina), paginas), paginas, totaal, filter, !kijker.isMedewerker() || namens != null,
                gevonden.vernietigdeVragen() ? vernietigd(dossier) : List.of()));
    }

    /**
     * A page only reads (the log is written with its own statement): no snapshots of what is loaded,
     * and nothing to compare before each query or at commit.
     */
    private void alleenLezen() {
        Session sessie = em.unwrap(Session.class);
        sessie.setDefaultReadOnly(true);
        sessie.setHibernateFlushMode(FlushMode.MANUAL);
    }

    private static int paginas(long totaal) {
        return (int) Math.max(1, (totaal + PER_PAGINA - 1) / PER_PAGINA);
    }

    private static List<Dossierweergave.Verborgen> verborgen(Collection<Verborgengroep> groepen, boolean jeVorm,
            DossierTekst tekst) {
        return groepen.stream().map(g -> new Dossierweergave.Verborgen(g.aantal, g.besluit.reden(), g.besluit.nodig(),
                volgendeStap(g.besluit, jeVorm, tekst), g.besluit.regel() == Regel.OUDER_ZONDER_GEZAG, g.stukken)).toList();
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

    private static String volgendeStap(Besluit besluit, boolean jeVorm, DossierTekst tekst) {
        if (besluit.regel() == Regel.AFGESCHERMD) {
            return jeVorm ? tekst.afgeschermdVervolgJe() : tekst.afgeschermdVervolgU();
        }
        return jeVorm ? tekst.vragenJe() : tekst.vragenU();
    }

    /**
     * The stukken of a page, the number of them all, which of them have delen, eigen verklaringen or
     * an original, and whether the dossier holds destroyed stukken: the page asks for those only
     * when there are any (a stuk's delen count in its judgement, so they are never left out).
     */
    private record Pagina(List<Stuk> stukken, long totaal, Set<Long> metDelen, Set<Long> metVerklaring,
            Set<Long> metOrigineel, boolean vernietigdeVragen) {
        static Pagina leeg(long totaal) {
            return new Pagina(List.of(), totaal, Set.of(), Set.of(), Set.of(), true);
        }

        List<Stuk> met(Set<Long> ids) {
            return stukken.stream().filter(s -> ids.contains(s.id)).toList();
        }
    }

    /**
     * Two steps (ids with the rest of {@link Pagina}, then the stukken with their subjects) so paging
     * happens in the database, and the count and the questions travel with the ids instead of costing
     * statements of their own. A page past the end gets the last page.
     */
    private Pagina pagina(Dossier dossier, Dossierweergave.Filter filter, int pagina) {
        List<Object[]> rijen = query("select s.id, (select count(*) from Stuk t where t.dossier = :d and t.vernietigdOp is null"
                + voorwaarden(filter, "t") + "), exists (select 1 from StukDeel x where x.stuk = s),"
                + " exists (select 1 from EigenVerklaring x where x.stuk = s), exists (select 1 from StukDocument x where x.stukId = s.id),"
                + " exists (select 1 from Stuk x where x.dossier = :d and x.vernietigdOp is not null)"
                + " from Stuk s where s.dossier = :d and s.vernietigdOp is null" + voorwaarden(filter, "s")
                + " order by s.datum desc, s.id desc", Object[].class, dossier, filter)
                .setFirstResult((pagina - 1) * PER_PAGINA).setMaxResults(PER_PAGINA).getResultList();
        if (rijen.isEmpty()) {
            long totaal = query("select count(s) from Stuk s where s.dossier = :d and s.vernietigdOp is null"
                    + voorwaarden(filter, "s"), Long.class, dossier, filter).getSingleResult();
            int laatste = paginas(totaal);
            return totaal == 0 || laatste >= pagina ? Pagina.leeg(totaal) : pagina(dossier, filter, laatste);
        }
        List<Long> ids = rijen.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Stuk> opId = Queryfuncties.metIds(em.createQuery(
                "select s from Stuk s left join fetch s.over where een_van(:ids, s.id)", Stuk.class), "ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return new Pagina(ids.stream().map(opId::get).toList(), ((Number) rijen.get(0)[1]).longValue(),
                metKenmerk(rijen, 2), metKenmerk(rijen, 3), metKenmerk(rijen, 4), (Boolean) rijen.get(0)[5]);
    }

    private static Set<Long> metKenmerk(List<Object[]> rijen, int kolom) {
        return rijen.stream().filter(r -> (Boolean) r[kolom]).map(r -> (Long) r[0]).collect(Collectors.toSet());
    }

    private static String voorwaarden(Dossierweergave.Filter filter, String stuk) {
        return (filter.soort() == null ? "" : " and " + stuk + ".soort = :soort")
                + (filter.van() == null ? "" : " and " + stuk + ".datum >= :van")
                + (filter.tot() == null ? "" : " and " + stuk + ".datum <= :tot");
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
}
