package nl.jeugdportaal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdportaal.identiteit.Rol;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.SituatieBouwer;
import nl.jeugdportaal.inzage.Stuk;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.web.Taal;

/** Reads the access log for the person it is about, or for a parent who may see the child's data. */
@ApplicationScoped
public class InzagelogService {
    public static final int MAXIMUM = 500;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter UUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntityManager em;
    @Inject
    SituatieBouwer situaties;
    @Inject
    Clock clock;

    private final Inzageregels regels = new Inzageregels();

    /**
     * Empty when {@code overId} is someone whose log this person may not read; the choice list
     * is decided by the same inzage rules as the dossier itself. The lines are written in {@code taal}.
     */
    @Transactional
    public Optional<Inzagelog> lees(Persoon ik, Long overId, LocalDate van, LocalDate tot, Taal taal) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Map<Long, Persoon> mag = new LinkedHashMap<>();
        if (ik.leeftijdOp(vandaag) >= 12) {
            mag.put(ik.id, ik);
        }
        List<Persoon> kinderen = Relatie.vanPersoon(ik).stream().filter(r -> r.geldigOp(vandaag)).map(r -> r.kind).toList();
        for (Dossier dossier : Dossier.vanKinderen(kinderen)) {
            var situatie = situaties.voor(dossier, ik, null, false);
            if (regels.magGegevensZien(situatie, SituatieBouwer.sleutel(ik), SituatieBouwer.sleutel(dossier.kind), vandaag)
                    .toegestaan()) {
                mag.put(dossier.kind.id, dossier.kind);
            }
        }
        Long gekozen = overId == null ? ik.id : overId;
        Persoon over = mag.get(gekozen);
        if (over == null) {
            return Optional.empty();
        }
        var query = em.createQuery("select a from AuditRegel a where a.betreftId = :p"
                + (van == null ? "" : " and a.tijdstip >= :van") + (tot == null ? "" : " and a.tijdstip < :tot")
                + " order by a.tijdstip desc, a.id desc", AuditRegel.class)
                .setParameter("p", over.id)
                .setMaxResults(MAXIMUM + 1);
        if (van != null) {
            query.setParameter("van", van.atStartOfDay(AMSTERDAM).toInstant());
        }
        if (tot != null) {
            query.setParameter("tot", tot.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
        }
        List<AuditRegel> rijen = query.getResultList();
        boolean afgekapt = rijen.size() > MAXIMUM;
        if (afgekapt) {
            rijen = rijen.subList(0, MAXIMUM);
        }
        Map<Long, Persoon> namen = personen(rijen);
        Map<Long, Stuk> stukken = stukken(rijen);
        InzagelogTekst tekst = taal.bundel(InzagelogTekst.class);
        DossierTekst soorten = taal.bundel(DossierTekst.class);
        List<Inzagelog.Regel> regelsOpScherm = new ArrayList<>();
        for (AuditRegel a : rijen) {
            Persoon wie = a.actorId == null ? null : namen.get(a.actorId);
            Persoon namens = a.namensId == null ? null : namen.get(a.namensId);
            Stuk stuk = a.stukId == null ? null : stukken.get(a.stukId);
            var tijdstip = a.tijdstip.atZone(AMSTERDAM);
            regelsOpScherm.add(new Inzagelog.Regel(
                    tekst.tijdstip(taal.datum(tijdstip.toLocalDate()), UUR.format(tijdstip)),
                    wie == null ? tekst.onbekend() : wie.naam(),
                    rol(a.actorRol, tekst),
                    namens == null ? null : namens.naam(),
                    tekst.actie(a.actie),
                    stuk == null ? null : stuk.vernietigdOp != null ? tekst.stukVernietigd(taal.datum(stuk.vernietigdOp))
                            : tekst.stukVan(soorten.soort(stuk.soort), taal.datum(stuk.datum)),
                    tekst.uitkomst(a.uitkomst),
                    a.regel));
        }
        List<Inzagelog.Keuze> keuzes = mag.values().stream()
                .map(p -> new Inzagelog.Keuze(p.id, p.id.equals(ik.id) ? tekst.mijzelf() : p.naam(), p.id.equals(over.id)))
                .toList();
        return Optional.of(new Inzagelog(over.id, over.naam(), ik.leeftijdOp(vandaag) < 18, keuzes, regelsOpScherm,
                afgekapt));
    }

    /** The role as the log stored it ("ouder"), in the reader's words; a role the portal no longer knows as stored. */
    private static String rol(String opgeslagen, InzagelogTekst tekst) {
        for (Rol rol : Rol.values()) {
            if (rol.naam().equals(opgeslagen)) {
                return tekst.rol(rol);
            }
        }
        return opgeslagen;
    }

    private Map<Long, Persoon> personen(List<AuditRegel> rijen) {
        Set<Long> ids = new HashSet<>();
        rijen.forEach(a -> {
            if (a.actorId != null) {
                ids.add(a.actorId);
            }
            if (a.namensId != null) {
                ids.add(a.namensId);
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Persoon p where p.id in :ids", Persoon.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private Map<Long, Stuk> stukken(List<AuditRegel> rijen) {
        Set<Long> ids = rijen.stream().map(a -> a.stukId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Stuk s where s.id in :ids", Stuk.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }
}
