package nl.jeugdportaal.inzagelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.audit.Auditzoeker;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.database.Queryfuncties;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import nl.jeugdportaal.web.Taal;

/**
 * Reads the access log for the person it is about, or for a parent who may see the child's data:
 * one line per page view or event, every line reachable page by page (DOMAIN §2 rule 8).
 */
@ApplicationScoped
public class InzagelogService {
    private static final DateTimeFormatter UUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntityManager em;
    @Inject
    SituatieBouwer situaties;
    @Inject
    Auditzoeker zoeker;
    @Inject
    Clock clock;

    private final Inzageregels regels = new Inzageregels();

    /**
     * Empty when {@code overId} is someone whose log this person may not read; the choice list
     * is decided by the same inzage rules as the dossier itself. The lines are written in {@code taal}.
     * A client reads only the lines that showed or changed this person's data: a stuk refused on
     * someone else's page stays for the FG, and so does the name of a stranger who was refused.
     */
    @Transactional
    public Optional<Inzagelog> lees(Persoon ik, Long overId, Tijdvak periode, String voor, String na, Taal taal) {
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
        Auditzoeker.Bladzijde bladzijde = zoeker.zoek(Auditzoeker.Vraag.over(over.id, periode.van(), periode.tot()),
                voor, na);
        Set<Long> bekend = gezin(over);
        Map<Long, Persoon> namen = personen(bladzijde.regels());
        Map<Long, Stuk> stukken = stukken(bladzijde.regels(), over.id);
        InzagelogTekst tekst = taal.bundel(InzagelogTekst.class);
        DossierTekst soorten = taal.bundel(DossierTekst.class);
        List<Inzagelog.Regel> regelsOpScherm = new ArrayList<>();
        for (AuditRegel a : bladzijde.regels()) {
            Persoon wie = a.actorId == null ? null : namen.get(a.actorId);
            boolean vreemde = a.uitkomst == Uitkomst.GEWEIGERD && wie != null && wie.functie == null
                    && !bekend.contains(wie.id);
            Persoon namens = a.namensId == null || vreemde ? null : namen.get(a.namensId);
            regelsOpScherm.add(new Inzagelog.Regel(
                    tijdstip(a, taal, tekst),
                    vreemde ? tekst.iemandAnders() : wie(a, wie, tekst),
                    vreemde ? null : rol(a.actorRol, tekst),
                    namens == null ? null : namens.naam(),
                    tekst.actie(a.actie),
                    a.stukken.stream().map(stukken::get).filter(Objects::nonNull)
                            .map(s -> stuk(s, taal, tekst, soorten)).toList(),
                    tekst.uitkomst(a.uitkomst),
                    a.regel));
        }
        List<Inzagelog.Keuze> keuzes = mag.values().stream()
                .map(p -> new Inzagelog.Keuze(p.id, p.id.equals(ik.id) ? tekst.mijzelf() : p.naam(), p.id.equals(over.id)))
                .toList();
        return Optional.of(new Inzagelog(over.id, over.naam(), ik.leeftijdOp(vandaag) < 18, keuzes, regelsOpScherm,
                bladzijde.ouder(), bladzijde.nieuwer()));
    }

    static String tijdstip(AuditRegel a, Taal taal, InzagelogTekst tekst) {
        var tijdstip = a.tijdstip.atZone(Tijdzone.NEDERLAND);
        return tekst.tijdstip(taal.datum(tijdstip.toLocalDate()), UUR.format(tijdstip));
    }

    static String wie(AuditRegel a, Persoon wie, InzagelogTekst tekst) {
        if (wie != null) {
            return wie.naam();
        }
        return a.actorClient == null ? tekst.onbekend() : tekst.systeem(a.actorClient);
    }

    static String stuk(Stuk stuk, Taal taal, InzagelogTekst tekst, DossierTekst soorten) {
        return stuk.vernietigdOp != null ? tekst.stukVernietigd(taal.datum(stuk.vernietigdOp))
                : tekst.stukVan(soorten.soort(stuk.soort), taal.datum(stuk.datum));
    }

    /**
     * Whom the reader of this log knows: the child (or children) it is about and everyone with a
     * relation to them. A refused stranger is "iemand anders" (rule 9); staff are named, they act for the GI.
     */
    private static Set<Long> gezin(Persoon over) {
        Map<Long, Persoon> kinderen = new LinkedHashMap<>();
        kinderen.put(over.id, over);
        Relatie.vanPersoon(over).forEach(r -> kinderen.put(r.kind.id, r.kind));
        Set<Long> gezin = new HashSet<>(kinderen.keySet());
        Relatie.vanKinderen(List.copyOf(kinderen.values())).forEach(r -> gezin.add(r.persoon.id));
        return gezin;
    }

    /** The role as the log stored it ("ouder"), in the reader's words; a role the portal no longer knows as stored. */
    static String rol(String opgeslagen, InzagelogTekst tekst) {
        for (Rol rol : Rol.values()) {
            if (rol.naam().equals(opgeslagen)) {
                return tekst.rol(rol);
            }
        }
        return opgeslagen;
    }

    Map<Long, Persoon> personen(List<AuditRegel> rijen) {
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
        return Queryfuncties.metIds(em.createQuery("select p from Persoon p where een_van(:ids, p.id)", Persoon.class),
                "ids", ids).getResultList().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    /**
     * The stukken these lines showed; with {@code over}, only those about that person (a page view
     * also shows stukken about others, which are not this reader's business), and destroyed ones,
     * which no longer say whom they were about.
     */
    Map<Long, Stuk> stukken(List<AuditRegel> rijen, Long over) {
        Set<Long> ids = rijen.stream().flatMap(a -> a.stukken.stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        var query = Queryfuncties.metIds(em.createQuery("select s from Stuk s where een_van(:ids, s.id)"
                + (over == null ? "" : " and (s.vernietigdOp is not null or exists (select 1 from s.over o where o.id = :p))"),
                Stuk.class), "ids", ids);
        if (over != null) {
            query.setParameter("p", over);
        }
        return query.getResultList().stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }
}
