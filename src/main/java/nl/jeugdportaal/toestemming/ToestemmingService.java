package nl.jeugdportaal.toestemming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.inzage.Intrekgevolg;
import nl.jeugdportaal.inzage.regels.Geefbesluit;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.web.FormulierTekst;
import nl.jeugdportaal.web.Indienlimiet;
import nl.jeugdportaal.web.Taalkeuze;

/**
 * Giving and withdrawing toestemming (DOMAIN §2 rule 5), and answering a vertrouwenspersoon's
 * question for it (rule 6). Who may give it about whom is for {@link Inzageregels}; every change is
 * written to the audit log in the same transaction.
 */
@ApplicationScoped
public class ToestemmingService {
    @Inject
    SituatieBouwer situaties;
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
    @Inject
    Intrekgevolg intrekgevolg;

    /**
     * What one person may do today: about whom they may give toestemming (themselves and their
     * children, as the rules decide), to whom for each of them, and whose toestemmingen they see.
     */
    private record Omgeving(Persoon ik, LocalDate vandaag, Vorm vorm, List<Persoon> kandidaten,
            Map<Persoon, Geefbesluit> besluiten, Map<Persoon, List<Persoon>> ontvangers, List<Persoon> zichtbaar) {

        Persoon kandidaat(Long id) {
            return kandidaten.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
        }

        List<Persoon> alleOntvangers() {
            Set<Persoon> alle = new LinkedHashSet<>();
            ontvangers.values().forEach(alle::addAll);
            return List.copyOf(alle);
        }

        String naam(Persoon p, ToestemmingTekst tekst) {
            return p.equals(ik) ? vorm.k(tekst.uzelfU(), tekst.uzelfJe()) : p.naam();
        }
    }

    private Omgeving omgeving(Persoon ingelogd) {
        // The login's Persoon was read outside this transaction; the lists below compare entities by
        // identity, which holds only within one session.
        Persoon ik = Persoon.findById(ingelogd.id);
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Set<Persoon> kandidaten = new LinkedHashSet<>();
        kandidaten.add(ik);
        kandidaten.addAll(Relatie.kinderenVan(ik, vandaag));
        Situatie situatie = situaties.rond(kandidaten, ik);
        // The reasons why one may or may not give toestemming are shown on the page, in its language.
        Inzageregels regels = new Inzageregels(taalkeuze.taal().locale());
        String mij = SituatieBouwer.sleutel(ik);
        Map<Persoon, Geefbesluit> besluiten = new LinkedHashMap<>();
        Map<Persoon, List<Persoon>> ontvangers = new LinkedHashMap<>();
        List<Persoon> zichtbaar = new ArrayList<>();
        for (Persoon p : kandidaten) {
            Geefbesluit besluit = regels.magToestemmingGeven(situatie, mij, SituatieBouwer.sleutel(p), vandaag);
            besluiten.put(p, besluit);
            if (besluit.mag()) {
                ontvangers.put(p, ontvangers(ik, p, vandaag));
            }
            if (p.equals(ik) || regels.magGegevensZien(situatie, mij, SituatieBouwer.sleutel(p), vandaag).toegestaan()) {
                zichtbaar.add(p);
            }
        }
        return new Omgeving(ik, vandaag, new Vorm(ik.leeftijdOp(vandaag) < 18), List.copyOf(kandidaten), besluiten,
                ontvangers, zichtbaar);
    }

    /**
     * Whom toestemming about P can go to: the persons connected to P's dossiers (the child of each,
     * the parents, voogd and others with a relation to that child) and every registered
     * vertrouwenspersoon. Not the giver, not P.
     */
    private static List<Persoon> ontvangers(Persoon ik, Persoon p, LocalDate vandaag) {
        List<Persoon> kinderen = Dossier.vanBetrokkene(p, vandaag).stream().map(d -> d.kind).toList();
        Set<Persoon> lijst = new LinkedHashSet<>(kinderen);
        if (!kinderen.isEmpty()) {
            Relatie.vanKinderen(kinderen).stream().filter(r -> r.geldigOp(vandaag)).forEach(r -> lijst.add(r.persoon));
        }
        lijst.addAll(Persoon.vertrouwenspersonen());
        lijst.remove(ik);
        lijst.remove(p);
        return List.copyOf(lijst);
    }

    @Transactional
    public Toestemmingen toestemmingen(Persoon ik) {
        return toestemmingen(omgeving(ik));
    }

    private static Toestemmingen toestemmingen(Omgeving o) {
        List<Toestemmingregel> gegeven = regels(Toestemming.vanGever(o.ik()), o);
        List<Toestemmingregel> gekregen = regels(Toestemming.aanOntvanger(o.ik()), o);
        Set<Long> alGetoond = new HashSet<>();
        gegeven.forEach(t -> alGetoond.add(t.id()));
        gekregen.forEach(t -> alGetoond.add(t.id()));
        List<Toestemmingregel> over = regels(Toestemming.over(o.zichtbaar()), o).stream()
                .filter(t -> !alGetoond.contains(t.id())).toList();
        return new Toestemmingen(gegeven, gekregen, over);
    }

    private static List<Toestemmingregel> regels(List<Toestemming> toestemmingen, Omgeving o) {
        return toestemmingen.stream().map(t -> Toestemmingregel.van(t, o.ik().id, o.vandaag())).toList();
    }

    @Transactional
    public Toestemmingpagina pagina(Persoon ik, Toestemmingsformulier invoer, Toestemmingsformulier.Fouten fouten,
            String melding, String fout) {
        Omgeving o = omgeving(ik);
        ToestemmingTekst tekst = taalkeuze.bundel(ToestemmingTekst.class);
        Long over = Idinvoer.getal(invoer.over());
        Long aan = Idinvoer.getal(invoer.aan());
        List<Keuze> overKeuzes = o.ontvangers().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Keuze(e.getKey().id,
                        e.getKey().equals(o.ik()) ? tekst.mijzelf() : e.getKey().naam(), e.getKey().id.equals(over)))
                .toList();
        List<Keuze> aanKeuzes = o.alleOntvangers().stream()
                .map(p -> Keuze.metOrganisatie(p, p.id.equals(aan))).toList();
        List<Toestemmingpagina.Uitleg> uitleg = o.besluiten().entrySet().stream()
                .map(e -> new Toestemmingpagina.Uitleg(tekst.uitlegOver(o.naam(e.getKey(), tekst)),
                        e.getValue().reden()))
                .toList();
        Toestemmingen lijsten = toestemmingen(o);
        return new Toestemmingpagina(o.vorm().je(), lijsten, vragen(o, tekst), overKeuzes, aanKeuzes,
                uitleg, invoer, fouten, melding(o.vorm(), melding, tekst), fout, gevolgen(lijsten, o, tekst));
    }

    /** For each toestemming this person can withdraw: what its receiver still sees afterwards (DOMAIN §2 rule 9). */
    private Map<Long, String> gevolgen(Toestemmingen lijsten, Omgeving o, ToestemmingTekst tekst) {
        Map<Long, String> gevolgen = new LinkedHashMap<>();
        for (Toestemmingregel regel : lijsten.gegeven()) {
            if (!regel.intrekbaar()) {
                continue;
            }
            Toestemming t = Toestemming.findById(regel.id());
            intrekgevolg.naIntrekken(t, o.vandaag()).ifPresent(g -> gevolgen.put(regel.id(), g.daarna() == g.nu()
                    ? o.vorm().k(tekst.gevolgGelijkU(regel.ontvanger()), tekst.gevolgGelijkJe(regel.ontvanger()))
                    : o.vorm().k(tekst.gevolgU(regel.ontvanger(), g.daarna(), g.totaal(), g.nu()),
                            tekst.gevolgJe(regel.ontvanger(), g.daarna(), g.totaal(), g.nu()))));
        }
        return gevolgen;
    }

    private static String melding(Vorm v, String code, ToestemmingTekst tekst) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "gegeven" -> v.k(tekst.meldingGegevenU(), tekst.meldingGegevenJe());
            case "ingetrokken" -> tekst.meldingIngetrokken();
            case "ja" -> v.k(tekst.meldingJaU(), tekst.meldingJaJe());
            case "nee" -> v.k(tekst.meldingNeeU(), tekst.meldingNeeJe());
            default -> null;
        };
    }

    /**
     * Checks the form against the rules and saves the toestemming only when every field is right.
     * Ids come from the browser, so each one is looked up in what this person may choose; a person
     * outside that is refused without saying who it is.
     */
    @Transactional
    public Toestemmingsformulier.Fouten geef(Persoon ik, Audit.Actor actor, Toestemmingsformulier invoer) {
        Omgeving o = omgeving(ik);
        Vorm v = o.vorm();
        ToestemmingTekst tekst = taalkeuze.bundel(ToestemmingTekst.class);
        Persoon over = o.kandidaat(Idinvoer.getal(invoer.over()));
        String foutOver = null;
        if (Velden.leeg(invoer.over())) {
            foutOver = v.k(tekst.kiesOverU(), tekst.kiesOverJe());
        } else if (over == null) {
            foutOver = v.k(tekst.overNietInLijstU(), tekst.overNietInLijstJe());
        } else if (!o.besluiten().get(over).mag()) {
            foutOver = o.besluiten().get(over).reden();
            over = null;
        }

        Long aanId = Idinvoer.getal(invoer.aan());
        Persoon aan = o.alleOntvangers().stream().filter(p -> p.id.equals(aanId)).findFirst().orElse(null);
        String foutAan = null;
        if (Velden.leeg(invoer.aan())) {
            foutAan = v.k(tekst.kiesAanU(), tekst.kiesAanJe());
        } else if (aan == null) {
            foutAan = v.k(tekst.aanNietInLijstU(), tekst.aanNietInLijstJe());
        } else if (over != null && !o.ontvangers().get(over).contains(aan)) {
            String overWie = o.naam(over, tekst);
            foutAan = v.k(tekst.aanNietOverU(aan.naam(), overWie), tekst.aanNietOverJe(aan.naam(), overWie));
        } else if (over != null && heeftAl(o.ik(), aan, over, o.vandaag())) {
            String overWie = o.naam(over, tekst);
            foutAan = v.k(tekst.alGegevenU(aan.naam(), overWie), tekst.alGegevenJe(aan.naam(), overWie));
        }

        Velden.Einddatum tot = Velden.Einddatum.lees(invoer.tot(), o.vandaag(),
                taalkeuze.bundel(FormulierTekst.class));
        Toestemmingsformulier.Fouten fouten = new Toestemmingsformulier.Fouten(foutOver, foutAan, tot.fout());
        if (!fouten.leeg()) {
            return fouten;
        }
        limiet.telMee(ik);
        Toestemming t = nieuw(o.ik(), aan, over, o.vandaag(), tot.datum());
        audit.schrijf(actor, Audit.Gebeurtenis.over(Onderwerp.toestemming(t.id, aan.id), Actie.TOESTEMMING_GEGEVEN,
                Uitkomst.GEWIJZIGD, List.of(over.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.TOESTEMMING_GEGEVEN, over.id, o.ik().id, "/api/toestemmingen/" + t.id);
        return fouten;
    }

    private static boolean heeftAl(Persoon gever, Persoon aan, Persoon over, LocalDate vandaag) {
        return Toestemming.vanGever(gever).stream().anyMatch(t -> t.ontvanger.equals(aan) && t.over.equals(over)
                && t.geldigheid(vandaag).intrekbaar());
    }

    private Toestemming nieuw(Persoon gever, Persoon aan, Persoon over, LocalDate vanaf, LocalDate tot) {
        Toestemming t = new Toestemming();
        t.gever = gever;
        t.ontvanger = aan;
        t.over = over;
        t.vanaf = vanaf;
        t.tot = tot;
        t.gegevenOp = Inzageregels.vandaagInNederland(clock);
        t.persist();
        return t;
    }

    /**
     * Only the giver may withdraw a toestemming; for anyone else it does not exist. It stops at once:
     * the rules count a withdrawal from the day it was made.
     *
     * @return a message when nothing could be withdrawn
     */
    @Transactional
    public Optional<String> trekIn(Persoon ik, Audit.Actor actor, String id) {
        Long toestemmingId = Idinvoer.getal(id);
        Toestemming t = toestemmingId == null ? null : Toestemming.findById(toestemmingId);
        if (t == null || !t.gever.id.equals(ik.id)) {
            throw new NotFoundException();
        }
        if (!t.geldigheid(Inzageregels.vandaagInNederland(clock)).intrekbaar()) {
            return Optional.of(taalkeuze.bundel(ToestemmingTekst.class).geldtNietMeer());
        }
        t.ingetrokkenOp = clock.instant();
        audit.schrijf(actor, Audit.Gebeurtenis.over(Onderwerp.toestemming(t.id, t.ontvanger.id), Actie.TOESTEMMING_INGETROKKEN,
                Uitkomst.GEWIJZIGD, List.of(t.over.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.TOESTEMMING_INGETROKKEN, t.over.id, ik.id, "/api/toestemmingen/" + t.id);
        return Optional.empty();
    }

    // ---- the questions of vertrouwenspersonen (DOMAIN §2 rule 6) -------------------------------------

    /** Who may be asked: this person about themselves, and about the children they have a relation with. */
    private List<Meekijkvragen.Kind> openVoor(Omgeving o) {
        List<Persoon> clienten = o.kandidaten().isEmpty() ? List.of()
                : Relatie.vanKinderen(o.kandidaten()).stream().filter(r -> r.geldigOp(o.vandaag()))
                        .map(r -> r.persoon).filter(p -> !p.equals(o.ik())).distinct().toList();
        List<Machtiging> machtigingen = Machtiging.geldigVanClienten(clienten, o.vandaag());
        return meekijkvragen.voor(machtigingen, o.kandidaten(), o.ik(), o.vandaag()).stream()
                .filter(k -> k.gevraagd().stream().anyMatch(g -> isOpenVoor(g, o.ik())))
                .toList();
    }

    private static boolean isOpenVoor(Meekijkvragen.Gevraagd g, Persoon ik) {
        return g.persoon().equals(ik) && g.stand() != Meekijkvragen.Stand.GEGEVEN;
    }

    /** The toestemming questions waiting for this person's answer, for the start page. */
    @Transactional
    public List<Toestemmingpagina.Vraag> openVragen(Persoon ik) {
        return vragen(omgeving(ik), taalkeuze.bundel(ToestemmingTekst.class));
    }

    private List<Toestemmingpagina.Vraag> vragen(Omgeving o, ToestemmingTekst tekst) {
        Vorm v = o.vorm();
        List<Toestemmingpagina.Vraag> vragen = new ArrayList<>();
        for (Meekijkvragen.Kind k : openVoor(o)) {
            Meekijkvragen.Gevraagd mij = k.gevraagd().stream().filter(g -> isOpenVoor(g, o.ik())).findFirst()
                    .orElseThrow();
            Machtiging m = k.machtiging();
            String over = k.kind().equals(o.ik()) ? v.k(tekst.jouU(), tekst.jouJe()) : k.kind().naam();
            String vp = m.vertrouwenspersoon.naam();
            String vraag = v.k(tekst.vraagU(vp, m.client.naam(), over), tekst.vraagJe(vp, m.client.naam(), over));
            String eerder = switch (mij.stand()) {
                case GEWEIGERD -> v.k(tekst.eerderNeeU(), tekst.eerderNeeJe());
                case INGETROKKEN -> v.k(tekst.eerderIngetrokkenU(), tekst.eerderIngetrokkenJe());
                default -> null;
            };
            vragen.add(new Toestemmingpagina.Vraag(m.id, k.kind().id, vraag, eerder));
        }
        return vragen;
    }

    /**
     * A "ja" creates a normal toestemming to the vertrouwenspersoon about the child, which this
     * person can withdraw like any other; a "nee" is kept so the client sees it. Only a question
     * that is open for this person today can be answered.
     *
     * @return a message when the answer could not be saved
     */
    @Transactional
    public Optional<String> beantwoord(Persoon ik, Audit.Actor actor, String machtiging, String over,
            String antwoordTekst) {
        Omgeving o = omgeving(ik);
        Toestemmingsvraag.Antwoord antwoord = "ja".equals(antwoordTekst) ? Toestemmingsvraag.Antwoord.JA
                : "nee".equals(antwoordTekst) ? Toestemmingsvraag.Antwoord.NEE : null;
        Long machtigingId = Idinvoer.getal(machtiging);
        Long overId = Idinvoer.getal(over);
        Meekijkvragen.Kind vraag = openVoor(o).stream()
                .filter(k -> k.machtiging().id.equals(machtigingId) && k.kind().id.equals(overId))
                .findFirst().orElse(null);
        if (vraag == null || antwoord == null) {
            return Optional.of(taalkeuze.bundel(ToestemmingTekst.class).vraagNietOpen());
        }
        Toestemmingsvraag rij = vraag.gevraagd().stream().filter(g -> isOpenVoor(g, o.ik())).findFirst()
                .orElseThrow().antwoord();
        if (rij != null && rij.antwoord == antwoord && antwoord == Toestemmingsvraag.Antwoord.NEE) {
            return Optional.empty();
        }
        if (rij == null) {
            rij = new Toestemmingsvraag();
            rij.machtiging = vraag.machtiging();
            rij.over = vraag.kind();
            rij.gevraagdAan = o.ik();
        }
        limiet.telMee(ik);
        Persoon vertrouwenspersoon = vraag.machtiging().vertrouwenspersoon;
        rij.antwoord = antwoord;
        rij.beantwoordOp = clock.instant();
        rij.toestemming = antwoord == Toestemmingsvraag.Antwoord.JA
                ? nieuw(o.ik(), vertrouwenspersoon, vraag.kind(), o.vandaag(), null) : null;
        rij.persist();
        String toelichting = "machtiging " + vraag.machtiging().id + ", vertrouwenspersoon " + vertrouwenspersoon.id
                + (rij.toestemming == null ? "" : ", toestemming " + rij.toestemming.id);
        audit.schrijf(actor, new Audit.Gebeurtenis(antwoord == Toestemmingsvraag.Antwoord.JA
                ? Actie.TOESTEMMING_GEGEVEN : Actie.TOESTEMMING_GEWEIGERD, Uitkomst.GEWIJZIGD, null, null, null,
                toelichting, List.of(vraag.kind().id)));
        if (rij.toestemming != null) {
            gebeurtenissen.meld(Gebeurtenissen.Soort.TOESTEMMING_GEGEVEN, vraag.kind().id, o.ik().id, "/api/toestemmingen/" + rij.toestemming.id);
        }
        return Optional.empty();
    }
}
