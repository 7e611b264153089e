package nl.jeugdportaal.toestemming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Geldigheid;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.FormulierTekst;
import nl.jeugdportaal.web.Indienlimiet;
import nl.jeugdportaal.web.Taalkeuze;

/**
 * A client gives a registered vertrouwenspersoon a machtiging and can withdraw it (DOMAIN §2 rule 6).
 * For each machtiging the client sees, per child, whose toestemming the vertrouwenspersoon still
 * needs; those persons are asked on their own toestemming page.
 */
@ApplicationScoped
public class MachtigingService {
    /** Who is a client (DOMAIN §1): staff and vertrouwenspersonen give no machtigingen. */
    private static final Set<Rol> CLIENTROLLEN = Set.of(Rol.OUDER, Rol.JEUGDIGE, Rol.VOOGD, Rol.VERTEGENWOORDIGER);

    @Inject
    Meekijkvragen meekijkvragen;
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Clock clock;
    @Inject
    Indienlimiet limiet;
    @Inject
    Taalkeuze taalkeuze;

    /** A jeugdige under 12 has no say over the dossier yet (§2 rule 2), so no helper to let in either. */
    private static boolean magGeven(Kijker kijker, LocalDate vandaag) {
        return kijker.rollen().stream().anyMatch(CLIENTROLLEN::contains) && kijker.persoon().leeftijdOp(vandaag) >= 12;
    }

    /**
     * The login's Persoon was read outside this transaction; the lists here compare entities by
     * identity, which holds only within one session.
     */
    private static Persoon beheerd(Kijker kijker) {
        return Persoon.findById(kijker.persoon().id);
    }

    private static List<Persoon> vertrouwenspersonen(Persoon ik) {
        return Persoon.vertrouwenspersonen().stream().filter(p -> !p.equals(ik)).toList();
    }

    @Transactional
    public Machtigingpagina pagina(Kijker kijker, Machtigingsformulier invoer, Machtigingsformulier.Fouten fouten,
            String melding, String fout) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Persoon ik = beheerd(kijker);
        Vorm v = new Vorm(ik.leeftijdOp(vandaag) < 18);
        MachtigingTekst tekst = taalkeuze.bundel(MachtigingTekst.class);
        Long gekozen = Idinvoer.getal(invoer.vertrouwenspersoon());
        List<Keuze> keuzes = vertrouwenspersonen(ik).stream()
                .map(p -> Keuze.metOrganisatie(p, p.id.equals(gekozen)))
                .toList();

        List<Machtiging> gegeven = Machtiging.vanClient(ik);
        List<Persoon> kinderen = Dossier.vanBetrokkene(ik, vandaag).stream().map(d -> d.kind).toList();
        List<Meekijkvragen.Kind> standen = meekijkvragen.voor(
                gegeven.stream().filter(m -> m.geldigOp(vandaag)).toList(), kinderen, ik, vandaag);
        List<Machtigingpagina.Regel> regelsGegeven = new ArrayList<>();
        for (Machtiging m : gegeven) {
            List<Machtigingpagina.Dossierstand> dossiers = standen.stream().filter(k -> k.machtiging().equals(m))
                    .map(k -> dossierstand(k, ik, v, tekst)).toList();
            regelsGegeven.add(regel(m, m.vertrouwenspersoon, vandaag, true, dossiers));
        }
        List<Machtigingpagina.Regel> regelsGekregen = Machtiging.vanVertrouwenspersoon(ik).stream()
                .map(m -> regel(m, m.client, vandaag, false, List.of())).toList();

        String meldingTekst = melding == null ? null : switch (melding) {
            case "gegeven" -> tekst.meldingGegeven();
            case "ingetrokken" -> tekst.meldingIngetrokken();
            default -> null;
        };
        return new Machtigingpagina(v.je(), magGeven(kijker, vandaag), keuzes, regelsGegeven, regelsGekregen, invoer,
                fouten, meldingTekst, fout);
    }

    private static Machtigingpagina.Regel regel(Machtiging m, Persoon ander, LocalDate vandaag, boolean vanMij,
            List<Machtigingpagina.Dossierstand> dossiers) {
        Geldigheid status = m.geldigheid(vandaag);
        return new Machtigingpagina.Regel(m.id, ander.naam(), m.vanaf, m.tot, status, vanMij && status.intrekbaar(),
                dossiers);
    }

    private static Machtigingpagina.Dossierstand dossierstand(Meekijkvragen.Kind k, Persoon ik, Vorm v,
            MachtigingTekst tekst) {
        String vp = k.machtiging().vertrouwenspersoon.naam();
        boolean eigen = k.kind().equals(ik);
        String kind = k.kind().naam();
        String zin;
        if (!k.clientMag()) {
            zin = eigen ? v.k(tekst.eigenNietU(vp), tekst.eigenNietJe(vp))
                    : v.k(tekst.kindNietU(kind, vp), tekst.kindNietJe(kind, vp));
        } else if (k.gevraagd().isEmpty()) {
            zin = eigen ? v.k(tekst.magEigenU(vp), tekst.magEigenJe(vp)) : tekst.magKind(vp, kind);
        } else if (k.gevraagd().stream().allMatch(g -> g.stand() == Meekijkvragen.Stand.GEGEVEN)) {
            zin = tekst.iedereenJa(vp, kind);
        } else {
            zin = tekst.wachtOpToestemming(vp, kind);
        }
        List<String> gevraagd = k.gevraagd().stream().map(g -> g.persoon().naam() + " " + tekst.stand(g.stand()))
                .toList();
        return new Machtigingpagina.Dossierstand(kind, zin, gevraagd);
    }

    /** Saves the machtiging only when every field is right; the vertrouwenspersoon must be a registered one. */
    @Transactional
    public Machtigingsformulier.Fouten geef(Kijker kijker, Audit.Actor actor, Machtigingsformulier invoer) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Persoon ik = beheerd(kijker);
        Vorm v = new Vorm(ik.leeftijdOp(vandaag) < 18);
        MachtigingTekst tekst = taalkeuze.bundel(MachtigingTekst.class);
        Long id = Idinvoer.getal(invoer.vertrouwenspersoon());
        Persoon vp = vertrouwenspersonen(ik).stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
        String foutVp = null;
        if (!magGeven(kijker, vandaag)) {
            foutVp = v.k(tekst.magNietGevenU(), tekst.magNietGevenJe());
        } else if (Velden.leeg(invoer.vertrouwenspersoon())) {
            foutVp = tekst.kiesEenVertrouwenspersoon();
        } else if (vp == null) {
            foutVp = tekst.geenVertrouwenspersoon();
        } else if (Machtiging.vanClient(ik).stream()
                .anyMatch(m -> m.vertrouwenspersoon.equals(vp) && m.geldigheid(vandaag).intrekbaar())) {
            foutVp = v.k(tekst.alGegevenU(vp.naam()), tekst.alGegevenJe(vp.naam()));
        }
        Velden.Einddatum tot = Velden.Einddatum.lees(invoer.tot(), vandaag, taalkeuze.bundel(FormulierTekst.class));
        Machtigingsformulier.Fouten fouten = new Machtigingsformulier.Fouten(foutVp, tot.fout());
        if (!fouten.leeg()) {
            return fouten;
        }
        limiet.telMee(kijker.persoon());
        Machtiging m = new Machtiging();
        m.client = ik;
        m.vertrouwenspersoon = vp;
        m.vanaf = vandaag;
        m.tot = tot.datum();
        m.persist();
        audit.schrijf(actor, Audit.Gebeurtenis.over(Onderwerp.machtiging(m.id, vp.id), Actie.MACHTIGING_GEGEVEN,
                Uitkomst.GEWIJZIGD, List.of(ik.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.MACHTIGING_GEGEVEN, null, ik.id, "/api/machtigingen/" + m.id);
        return fouten;
    }

    /**
     * Only the client may withdraw a machtiging; for anyone else it does not exist. The
     * vertrouwenspersoon loses access on their next request.
     *
     * @return a message when nothing could be withdrawn
     */
    @Transactional
    public Optional<String> trekIn(Kijker kijker, Audit.Actor actor, String id) {
        Long machtigingId = Idinvoer.getal(id);
        Machtiging m = machtigingId == null ? null : Machtiging.findById(machtigingId);
        if (m == null || !m.client.id.equals(kijker.persoon().id)) {
            throw new NotFoundException();
        }
        if (!m.geldigheid(Inzageregels.vandaagInNederland(clock)).intrekbaar()) {
            return Optional.of(taalkeuze.bundel(MachtigingTekst.class).geldtNietMeer());
        }
        m.ingetrokkenOp = clock.instant();
        audit.schrijf(actor, Audit.Gebeurtenis.over(Onderwerp.machtiging(m.id, m.vertrouwenspersoon.id),
                Actie.MACHTIGING_INGETROKKEN, Uitkomst.GEWIJZIGD, List.of(m.client.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.MACHTIGING_INGETROKKEN, null, m.client.id, "/api/machtigingen/" + m.id);
        return Optional.empty();
    }
}
