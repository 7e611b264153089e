package nl.jeugdportaal.registratie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.database.Queryfuncties;
import nl.jeugdportaal.inzage.regels.Blik;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/**
 * Collects from the registration every fact the inzage rules need to judge any stuk of one dossier
 * for one viewer. A fixed number of queries, however many stukken the dossier has.
 */
@ApplicationScoped
public class SituatieBouwer {

    @Inject
    EntityManager em;

    /**
     * @param namens when a vertrouwenspersoon acts for one client, only that client's machtiging
     *               counts, so what they see matches the banner on the page. Without a client no
     *               machtiging counts: whatever is seen on one is then always logged with the client
     *               it was seen for (DOMAIN §2.6, §2.8), and two clients' rights never add up.
     */
    public Situatie voor(Dossier dossier, Persoon kijker, Persoon namens, boolean kijkerIsMedewerker) {
        return voor(dossier, kijker, namens, kijkerIsMedewerker, List.of());
    }

    /** As {@link #voor(Dossier, Persoon, Persoon, boolean)}, knowing {@code ook} too (the persons of a plan point). */
    public Situatie voor(Dossier dossier, Persoon kijker, Persoon namens, boolean kijkerIsMedewerker,
            Collection<Persoon> ook) {
        Set<Long> kern = new HashSet<>(em.createQuery(
                "select distinct p.id from Stuk s join s.over p where s.dossier = :d", Long.class)
                .setParameter("d", dossier).getResultList());
        kern.add(dossier.kind.id);
        ook.forEach(p -> kern.add(p.id));
        if (namens != null) {
            kern.add(namens.id);
        }
        return bouw(kern, kijker, namens, kijkerIsMedewerker, dossier.kind);
    }

    /**
     * The facts about these persons, their relations and the toestemmingen about them, for a
     * question outside one dossier: who may give toestemming, what a machtiging still needs.
     */
    public Situatie rond(Collection<Persoon> personen, Persoon kijker) {
        Set<Long> kern = new HashSet<>();
        personen.forEach(p -> kern.add(p.id));
        return bouw(kern, kijker, null, false, null);
    }

    private Situatie bouw(Set<Long> kern, Persoon kijker, Persoon namens, boolean kijkerIsMedewerker, Persoon kind) {
        kern.add(kijker.id);
        List<Relatie> relaties = Queryfuncties.metIds(em.createQuery("select r from Relatie r where een_van(:kern, r.kind.id)", Relatie.class),
                "kern", kern).getResultList();
        List<Toestemming> toestemmingen = Queryfuncties.metIds(em.createQuery(
                "select t from Toestemming t where een_van(:kern, t.over.id)", Toestemming.class),
                "kern", kern).getResultList();
        List<Machtiging> machtigingen = namens == null ? List.of() : em.createQuery(
                "select m from Machtiging m where m.vertrouwenspersoon = :v and m.client = :c", Machtiging.class)
                .setParameter("v", kijker).setParameter("c", namens).getResultList();

        Set<Long> alle = new HashSet<>(kern);
        relaties.forEach(r -> alle.add(r.persoon.id));
        toestemmingen.forEach(t -> {
            alle.add(t.gever.id);
            alle.add(t.ontvanger.id);
        });
        machtigingen.forEach(m -> alle.add(m.client.id));
        List<Persoon> personen = Queryfuncties.metIds(em.createQuery("select p from Persoon p where een_van(:alle, p.id)", Persoon.class),
                "alle", alle).getResultList();
        List<Wilsonbekwaamheid> wilsonbekwaam = Queryfuncties.metIds(em.createQuery(
                "select w from Wilsonbekwaamheid w where een_van(:alle, w.persoon.id)", Wilsonbekwaamheid.class),
                "alle", alle).getResultList();

        Situatie.Builder situatie = Situatie.builder();
        personen.forEach(p -> situatie.persoon(sleutel(p), p.geboortedatumVoorRegels(), p.voornaam));
        relaties.forEach(r -> situatie.relatie(new nl.jeugdportaal.inzage.regels.Relatie(r.soort, sleutel(r.persoon),
                sleutel(r.kind), r.gezag, r.vanaf, r.tot)));
        wilsonbekwaam.forEach(w -> situatie.wilsonbekwaam(
                new nl.jeugdportaal.inzage.regels.Wilsonbekwaamheid(sleutel(w.persoon), w.vanaf, w.tot)));
        toestemmingen.forEach(t -> situatie.toestemming(regel(t)));
        machtigingen.forEach(m -> situatie.machtiging(new nl.jeugdportaal.inzage.regels.Machtiging(
                sleutel(m.client), sleutel(m.vertrouwenspersoon), m.vanaf, m.tot, dag(m.ingetrokkenOp))));
        if (kijkerIsMedewerker) {
            situatie.medewerker(sleutel(kijker));
        }
        if (kind != null) {
            situatie.kind(sleutel(kind));
        }
        return situatie.build().voor(blik(kijker, namens));
    }

    /** The view a page shows: the viewer's own, or acting for one client (DOMAIN §2 rule 6). */
    public static Blik blik(Persoon kijker, Persoon namens) {
        return namens == null ? Blik.eigen(sleutel(kijker)) : Blik.namens(sleutel(kijker), sleutel(namens));
    }

    /** A registered toestemming as the rules read it. */
    public static nl.jeugdportaal.inzage.regels.Toestemming regel(Toestemming t) {
        return new nl.jeugdportaal.inzage.regels.Toestemming(sleutel(t.gever), sleutel(t.ontvanger), sleutel(t.over),
                t.vanaf, t.tot, dag(t.ingetrokkenOp), t.gegevenOp);
    }

    public static String sleutel(Persoon persoon) {
        return String.valueOf(persoon.id);
    }

    /** A withdrawal counts from the Dutch calendar day on which it was made. */
    private static LocalDate dag(java.time.Instant moment) {
        return moment == null ? null : LocalDate.ofInstant(moment, Tijdzone.NEDERLAND);
    }
}
