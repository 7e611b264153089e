package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Planpuntregel;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;

/**
 * Who may open the family pages of a child (plan, JBT, familiegroepsplan, who is who): the plan
 * rule of {@link Inzageregels#magPlanZien} (DOMAIN §2 rule 11), so there is no second copy of the
 * rules here. Every answer is logged.
 */
@ApplicationScoped
public class Gezinstoegang {
    @Inject
    SituatieBouwer situaties;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    private final Inzageregels regels = new Inzageregels();
    private final Planpuntregel planpunten = new Planpuntregel(regels);

    /**
     * @param magInbrengen a parent, voogd or the jeugdige may write their opinion (DOMAIN §5)
     * @param magFgpKiezen only a parent with gezag, and not under voogdij (Jeugdwet 4.1.2)
     * @param gezaghebbers the child's gezag-holders today, each of whom chooses about the familiegroepsplan
     */
    public record Toegang(Dossier dossier, Kijker kijker, LocalDate vandaag, boolean medewerker, boolean jeVorm,
            boolean magInbrengen, boolean magFgpKiezen, List<Long> gezaghebbers) {

        public Audit.Actor actor() {
            return new Audit.Actor(kijker.persoon().id, kijker.hoofdrol(), kijker.namens() == null ? null : kijker.namens().id);
        }
    }

    /** Empty when the child has no dossier or the viewer has no business with it: both look the same. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Toegang> voor(Kijker kijker, Long kindId, String pagina) {
        return voor(kijker, kindId, pagina, Actie.PLAN_BEKEKEN);
    }

    /** As {@link #voor(Kijker, Long, String)}, logging an allowed view as {@code actie}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Toegang> voor(Kijker kijker, Long kindId, String pagina, Actie actie) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Audit.Actor actor = new Audit.Actor(kijker.persoon().id, kijker.hoofdrol(),
                kijker.namens() == null ? null : kijker.namens().id);
        Optional<Dossier> gevonden = Dossier.find("select d from Dossier d join fetch d.kind join fetch d.jeugdbeschermer j"
                + " left join fetch j.team left join fetch d.maatregelen where d.kind.id = ?1", kindId).singleResultOptional();
        Optional<Toegang> toegang = gevonden.flatMap(d -> beoordeel(kijker, d, vandaag));
        if (toegang.isEmpty()) {
            audit.schrijf(actor, new Audit.Gebeurtenis(Actie.DOSSIER_GEWEIGERD, Uitkomst.GEWEIGERD,
                    gevonden.map(d -> d.id).orElse(null), null, null, pagina + ": niet betrokken",
                    gevonden.isPresent() ? List.of(kindId) : List.of()));
            return Optional.empty();
        }
        audit.schrijf(actor, new Audit.Gebeurtenis(actie, Uitkomst.TOEGESTAAN, toegang.get().dossier().id,
                null, toegang.get().medewerker() ? "MEDEWERKER" : null, pagina, List.of(kindId)));
        return toegang;
    }

    /**
     * The plan points this viewer may not see because they are about a third person (DOMAIN §2 rule 11),
     * by id, each with the refusal; every refusal is logged with the persons it protected. A vertrouwenspersoon
     * acting for a client is asked for as that client, as for the plan itself.
     */
    Map<Long, Besluit> geweigerdePunten(Toegang t, List<Planpunt> punten) {
        List<Planpunt> metOnderwerp = punten.stream().filter(p -> !p.over.isEmpty()).toList();
        if (metOnderwerp.isEmpty()) {
            return Map.of();
        }
        Set<Persoon> ook = metOnderwerp.stream().flatMap(p -> p.over.stream()).collect(Collectors.toCollection(LinkedHashSet::new));
        Persoon wie = t.kijker().namens() != null ? t.kijker().namens() : t.kijker().persoon();
        Situatie situatie = situaties.voor(t.dossier(), wie, null, t.medewerker(), ook);
        Map<Long, Besluit> geweigerd = new HashMap<>();
        for (Planpunt punt : metOnderwerp) {
            Set<String> over = punt.over.stream().map(SituatieBouwer::sleutel).collect(Collectors.toSet());
            planpunten.weigering(situatie, SituatieBouwer.sleutel(wie), over, t.vandaag()).ifPresent(b -> {
                geweigerd.put(punt.id, b);
                audit.schrijf(t.actor(), Audit.Gebeurtenis.over(Onderwerp.planpunt(punt.id), Actie.PLAN_BEKEKEN, Uitkomst.GEWEIGERD,
                        t.dossier().id, null, b.regel().code(), punt.over.stream().map(p -> p.id).toList()));
            });
        }
        return geweigerd;
    }

    /** For links on the start page: would {@link #voor} let this person in? Logs nothing. */
    public boolean magZien(Persoon ik, Dossier dossier, boolean medewerkerOpDeZaak) {
        return mag(situaties.voor(dossier, ik, null, medewerkerOpDeZaak), ik, dossier,
                Inzageregels.vandaagInNederland(clock));
    }

    private boolean mag(Situatie situatie, Persoon ik, Dossier dossier, LocalDate vandaag) {
        return regels.magPlanZien(situatie, SituatieBouwer.sleutel(ik), vandaag);
    }

    /** The child's gezag-holders on {@code vandaag}, as the GI's own staff see the dossier (for the reminders). */
    List<Long> gezaghebbers(Dossier dossier, LocalDate vandaag) {
        Situatie situatie = situaties.voor(dossier, dossier.kind, null, true);
        return regels.gezaghebbers(situatie, SituatieBouwer.sleutel(dossier.kind), vandaag).stream().map(Long::valueOf).toList();
    }

    /**
     * A vertrouwenspersoon acting for a client sees what that client sees of the plan (DOMAIN §2 rule
     * 11), and writes nor chooses nothing there: the opinion and the familiegroepsplan are the client's own.
     */
    private Optional<Toegang> beoordeel(Kijker kijker, Dossier dossier, LocalDate vandaag) {
        boolean namens = kijker.namens() != null;
        Persoon wie = namens ? kijker.namens() : kijker.persoon();
        boolean medewerker = !namens && kijker.zaakrol(dossier).isPresent();
        Situatie situatie = situaties.voor(dossier, wie, null, medewerker);
        if (!mag(situatie, wie, dossier, vandaag)) {
            return Optional.empty();
        }
        String ik = SituatieBouwer.sleutel(wie);
        String kind = SituatieBouwer.sleutel(dossier.kind);
        boolean minderjarig = dossier.kind.leeftijdOp(vandaag) < 18;
        boolean ouderOfVoogd = situatie.relaties().stream().anyMatch(r -> r.persoon().equals(ik) && r.van().equals(kind)
                && r.geldigOp(vandaag) && (r.soort() == Relatiesoort.OUDER || r.soort() == Relatiesoort.VOOGD));
        boolean ouderMetGezag = minderjarig && situatie.relaties().stream().anyMatch(r -> r.persoon().equals(ik)
                && r.van().equals(kind) && r.geldigOp(vandaag) && r.soort() == Relatiesoort.OUDER && r.gezag());
        boolean voogdij = dossier.lopendeMaatregelen(vandaag).stream().anyMatch(m -> m.soort == MaatregelSoort.VOOGDIJ);
        boolean jeVorm = kijker.persoon().leeftijdOp(vandaag) < 18;
        List<Long> gezaghebbers = regels.gezaghebbers(situatie, kind, vandaag).stream().map(Long::valueOf).toList();
        return Optional.of(new Toegang(dossier, kijker, vandaag, medewerker, jeVorm,
                !namens && !medewerker && (ik.equals(kind) || ouderOfVoogd),
                !namens && !medewerker && ouderMetGezag && !voogdij, gezaghebbers));
    }
}
