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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.database.Queryfuncties;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Blik;
import nl.jeugdportaal.inzage.regels.Inzageantwoord;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.EigenVerklaring;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.StukDocument;

/**
 * The only way dossier data leaves the database: each stuk is judged by {@link Inzageregels} for
 * this viewer today, and every view and refusal is logged in the same transaction.
 */
@ApplicationScoped
public class InzageService {
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
        Besluit besluit = regels.beantwoord(situatie, blik, Stukbeoordeling.vraag(stuk.get(), stukDelen), vandaag).besluit();
        boolean mag = !besluit.toegestaan() && Stukbeoordeling.zwartTeLakken(besluit, Stukbeoordeling.magKind(regels, situatie, blik, kind, vandaag), kind, stukDelen);
        return mag ? stuk : Optional.empty();
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
                    verzoekId == null ? "door het bronsysteem" : Onderwerp.verzoek(verzoekId).tekst(), stuk.over.stream().map(p -> p.id).toList()));
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
            Inzageantwoord antwoord = Stukbeoordeling.beantwoord(regels, geopend.get().situatie(), voor, stuk, stukDelen, vandaag);
            if (antwoord.besluit().toegestaan()) {
                mag.add(stuk);
            } else if (antwoord.zichtbareDelen() > 0) {
                deels.add(new Deels(stuk, Stukbeoordeling.getoond(antwoord, stukDelen)));
            }
            Stukbeoordeling.logregel(log, stuk, antwoord, stukDelen);
        }
        audit.schrijf(actor, log);
        return Optional.of(new Leesbaar(dossier, mag, deels));
    }

    record Geopend(Dossier dossier, Situatie situatie) {
    }

    /** The dossier with the facts to judge its stukken, or empty (and logged) for someone not involved. */
    Optional<Geopend> open(Kijker kijker, Long kindId, Audit.Actor actor, LocalDate vandaag) {
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

    /** The delen of these stukken with their subjects, in one query however many stukken there are. */
    Map<Long, List<StukDeel>> delen(List<Stuk> stukken) {
        if (stukken.isEmpty()) {
            return Map.of();
        }
        return Queryfuncties.metIds(em.createQuery("select d from StukDeel d left join fetch d.over"
                + " where een_van(:stukken, d.stuk.id)", StukDeel.class), "stukken", stukken.stream().map(s -> s.id).toList())
                .getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(d -> d.volgorde))
                .collect(Collectors.groupingBy(d -> d.stuk.id, Collectors.toList()));
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
                                LocalDate.ofInstant(e.tijdstip, clock.getZone()), Stukbeoordeling.alineas(e.tekst),
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
}
