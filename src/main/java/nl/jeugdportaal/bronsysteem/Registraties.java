package nl.jeugdportaal.bronsysteem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.bronsysteem.regels.Fout;
import nl.jeugdportaal.bronsysteem.regels.Registratieregels;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.plan.Plan;
import nl.jeugdportaal.plan.Planpunt;
import nl.jeugdportaal.plan.Termijnen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Functie;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Persoon.Bronsoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.registratie.Team;
import nl.jeugdportaal.registratie.Wilsonbekwaamheid;
import nl.jeugdportaal.verzoek.VerzoekService;

/**
 * What the bronsysteem registers, by its own ids: one transaction per call, so a refused call
 * changes nothing, and every change in the audit log with the client as actor. A {@code PUT}
 * replaces the whole object; the same body twice changes nothing the second time.
 */
@ApplicationScoped
public class Registraties {
    @Inject
    EntityManager em;
    @Inject
    Audit audit;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    VerzoekService verzoeken;

    /** The answer to a PUT or GET: the object as stored, its ETag, and whether the PUT created it. */
    public record Antwoord(Object vorm, String etag, boolean nieuw) {
    }

    /** Whose data a change touched, for the audit log. */
    private record Betreft(Long dossierId, Long stukId, Collection<Long> personen) {
    }

    /** One kind of object: find it, show it as its body, and store a body into it (null: create). */
    private interface Soort<E, V> {
        E zoek();

        V alsVorm(E e);

        E schrijf(E bestaand, V vorm);

        Betreft betreft(E e);
    }

    // --- personen, medewerkers, vertrouwenspersonen ----------------------------------------

    @Transactional
    public Optional<Antwoord> persoon(String id) {
        return lees(persoonSoort(id));
    }

    @Transactional
    public Antwoord zetPersoon(String id, Vormen.Persoon v, String ifMatch, String client) {
        return zet("personen", id, ifMatch, v, client, persoonSoort(id));
    }

    private Soort<Persoon, Vormen.Persoon> persoonSoort(String id) {
        return new Soort<>() {
            public Persoon zoek() {
                return bron(Bronsoort.PERSOON, id);
            }

            public Vormen.Persoon alsVorm(Persoon p) {
                return new Vormen.Persoon(p.bsn, p.voornaam, p.tussenvoegsel, p.achternaam, p.geboortedatum, p.email, p.telefoon);
            }

            public Persoon schrijf(Persoon p, Vormen.Persoon v) {
                Persoon ander = Persoon.metBsn(v.bsn()).orElse(null);
                if (ander != null && ander != p) {
                    throw Probleem.conflict("bsn", "Dit BSN hoort al bij een andere persoon.");
                }
                p = p != null ? p : nieuwePersoon(Bronsoort.PERSOON, id);
                p.bsn = v.bsn();
                p.voornaam = v.voornaam();
                p.tussenvoegsel = v.tussenvoegsel();
                p.achternaam = v.achternaam();
                p.geboortedatum = v.geboortedatum();
                p.email = v.email();
                p.telefoon = v.telefoon();
                return p;
            }

            public Betreft betreft(Persoon p) {
                return new Betreft(null, null, List.of(p.id));
            }
        };
    }

    @Transactional
    public Optional<Antwoord> medewerker(String id) {
        return lees(medewerkerSoort(id));
    }

    @Transactional
    public Antwoord zetMedewerker(String id, Vormen.Medewerker v, String ifMatch, String client) {
        return zet("medewerkers", id, ifMatch, v, client, medewerkerSoort(id));
    }

    private Soort<Persoon, Vormen.Medewerker> medewerkerSoort(String id) {
        return new Soort<>() {
            public Persoon zoek() {
                return bron(Bronsoort.MEDEWERKER, id);
            }

            public Vormen.Medewerker alsVorm(Persoon p) {
                return new Vormen.Medewerker(p.voornaam, p.achternaam, p.functie.name().toLowerCase(Locale.ROOT), p.login,
                        p.team == null ? null : p.team.bronId, p.email, p.telefoon);
            }

            public Persoon schrijf(Persoon p, Vormen.Medewerker v) {
                Team team = v.team() == null ? null
                        : verwijzing(Team.<Team>find("bronId", v.team()).firstResult(), "team", v.team(), "team");
                p = medewerkerOfHelper(p, Bronsoort.MEDEWERKER, id, v.login());
                p.voornaam = v.voornaam();
                p.achternaam = v.achternaam();
                p.functie = Functie.valueOf(v.functie().toUpperCase(Locale.ROOT));
                p.team = team;
                p.email = v.email();
                p.telefoon = v.telefoon();
                return p;
            }

            public Betreft betreft(Persoon p) {
                return new Betreft(null, null, List.of(p.id));
            }
        };
    }

    @Transactional
    public Optional<Antwoord> vertrouwenspersoon(String id) {
        return lees(vertrouwenspersoonSoort(id));
    }

    @Transactional
    public Antwoord zetVertrouwenspersoon(String id, Vormen.Vertrouwenspersoon v, String ifMatch, String client) {
        return zet("vertrouwenspersonen", id, ifMatch, v, client, vertrouwenspersoonSoort(id));
    }

    private Soort<Persoon, Vormen.Vertrouwenspersoon> vertrouwenspersoonSoort(String id) {
        return new Soort<>() {
            public Persoon zoek() {
                return bron(Bronsoort.VERTROUWENSPERSOON, id);
            }

            public Vormen.Vertrouwenspersoon alsVorm(Persoon p) {
                return new Vormen.Vertrouwenspersoon(p.voornaam, p.achternaam, p.organisatie, p.login, p.email, p.telefoon);
            }

            public Persoon schrijf(Persoon p, Vormen.Vertrouwenspersoon v) {
                p = medewerkerOfHelper(p, Bronsoort.VERTROUWENSPERSOON, id, v.login());
                p.voornaam = v.voornaam();
                p.achternaam = v.achternaam();
                p.organisatie = v.organisatie();
                p.functie = Functie.VERTROUWENSPERSOON;
                p.email = v.email();
                p.telefoon = v.telefoon();
                return p;
            }

            public Betreft betreft(Persoon p) {
                return new Betreft(null, null, List.of(p.id));
            }
        };
    }

    private Persoon medewerkerOfHelper(Persoon p, Bronsoort soort, String id, String login) {
        Persoon ander = Persoon.<Persoon>find("login", login).firstResult();
        if (ander != null && ander != p) {
            throw Probleem.conflict("login", "Deze login hoort al bij iemand anders.");
        }
        p = p != null ? p : nieuwePersoon(soort, id);
        p.login = login;
        return p;
    }

    private static Persoon nieuwePersoon(Bronsoort soort, String id) {
        Persoon p = new Persoon();
        p.bronSoort = soort;
        p.bronId = id;
        return p;
    }

    private static Persoon bron(Bronsoort soort, String id) {
        return Persoon.<Persoon>find("bronSoort = ?1 and bronId = ?2", soort, id).firstResult();
    }

    // --- relaties, wilsonbekwaamheden, teams ------------------------------------------------

    @Transactional
    public Optional<Antwoord> relatie(String id) {
        return lees(relatieSoort(id));
    }

    @Transactional
    public Antwoord zetRelatie(String id, Vormen.Relatie v, String ifMatch, String client) {
        ongeldigAls(Registratieregels.eindeNaBegin("tot", v.vanaf(), v.tot()).stream().toList());
        return zet("relaties", id, ifMatch, v, client, relatieSoort(id));
    }

    private Soort<Relatie, Vormen.Relatie> relatieSoort(String id) {
        return new Soort<>() {
            public Relatie zoek() {
                return Relatie.<Relatie>find("bronId", id).firstResult();
            }

            public Vormen.Relatie alsVorm(Relatie r) {
                return new Vormen.Relatie(r.soort.name().toLowerCase(Locale.ROOT), r.persoon.bronId, r.kind.bronId, r.gezag, r.vanaf, r.tot);
            }

            public Relatie schrijf(Relatie r, Vormen.Relatie v) {
                List<Fout> onbekend = new ArrayList<>();
                Persoon persoon = bron(Bronsoort.PERSOON, v.persoon());
                Persoon kind = bron(Bronsoort.PERSOON, v.kind());
                onbekendAls(persoon, "persoon", v.persoon(), onbekend);
                onbekendAls(kind, "kind", v.kind(), onbekend);
                if (!onbekend.isEmpty()) {
                    throw Probleem.onbekendeVerwijzing(onbekend);
                }
                List<Fout> fouten = new ArrayList<>();
                if (persoon == kind) {
                    fouten.add(new Fout("kind", "Een persoon kan geen relatie met zichzelf hebben."));
                }
                Registratieregels.gezagAlleenMeerderjarig(v.gezag(), persoon.geboortedatum, v.vanaf()).ifPresent(fouten::add);
                ongeldigAls(fouten);
                r = r != null ? r : new Relatie();
                r.bronId = id;
                r.soort = Relatiesoort.valueOf(v.soort().toUpperCase(Locale.ROOT));
                r.persoon = persoon;
                r.kind = kind;
                r.gezag = v.gezag();
                r.vanaf = v.vanaf();
                r.tot = v.tot();
                return r;
            }

            public Betreft betreft(Relatie r) {
                return new Betreft(null, null, List.of(r.persoon.id, r.kind.id));
            }
        };
    }

    @Transactional
    public Optional<Antwoord> wilsonbekwaamheid(String id) {
        return lees(wilsonbekwaamheidSoort(id));
    }

    @Transactional
    public Antwoord zetWilsonbekwaamheid(String id, Vormen.Wilsonbekwaamheid v, String ifMatch, String client) {
        ongeldigAls(Registratieregels.eindeNaBegin("tot", v.vanaf(), v.tot()).stream().toList());
        return zet("wilsonbekwaamheden", id, ifMatch, v, client, wilsonbekwaamheidSoort(id));
    }

    private Soort<Wilsonbekwaamheid, Vormen.Wilsonbekwaamheid> wilsonbekwaamheidSoort(String id) {
        return new Soort<>() {
            public Wilsonbekwaamheid zoek() {
                return Wilsonbekwaamheid.<Wilsonbekwaamheid>find("bronId", id).firstResult();
            }

            public Vormen.Wilsonbekwaamheid alsVorm(Wilsonbekwaamheid w) {
                return new Vormen.Wilsonbekwaamheid(w.persoon.bronId, w.vanaf, w.tot, w.toelichting);
            }

            public Wilsonbekwaamheid schrijf(Wilsonbekwaamheid w, Vormen.Wilsonbekwaamheid v) {
                Persoon persoon = verwijzing(bron(Bronsoort.PERSOON, v.persoon()), "persoon", v.persoon(), "persoon");
                w = w != null ? w : new Wilsonbekwaamheid();
                w.bronId = id;
                w.persoon = persoon;
                w.vanaf = v.vanaf();
                w.tot = v.tot();
                w.toelichting = v.toelichting();
                return w;
            }

            public Betreft betreft(Wilsonbekwaamheid w) {
                return new Betreft(null, null, List.of(w.persoon.id));
            }
        };
    }

    @Transactional
    public Optional<Antwoord> team(String id) {
        return lees(teamSoort(id));
    }

    @Transactional
    public Antwoord zetTeam(String id, Vormen.Team v, String ifMatch, String client) {
        return zet("teams", id, ifMatch, v, client, teamSoort(id));
    }

    private Soort<Team, Vormen.Team> teamSoort(String id) {
        return new Soort<>() {
            public Team zoek() {
                return Team.<Team>find("bronId", id).firstResult();
            }

            public Vormen.Team alsVorm(Team t) {
                return new Vormen.Team(t.naam, t.leidinggevende.bronId);
            }

            public Team schrijf(Team t, Vormen.Team v) {
                Persoon leidinggevende = verwijzing(bron(Bronsoort.MEDEWERKER, v.leidinggevende()), "leidinggevende",
                        v.leidinggevende(), "medewerker");
                Team ander = Team.<Team>find("naam", v.naam()).firstResult();
                if (ander != null && ander != t) {
                    throw Probleem.conflict("naam", "Er is al een ander team met deze naam.");
                }
                t = t != null ? t : new Team();
                t.bronId = id;
                t.naam = v.naam();
                t.leidinggevende = leidinggevende;
                return t;
            }

            public Betreft betreft(Team t) {
                return new Betreft(null, null, List.of(t.leidinggevende.id));
            }
        };
    }

    // --- dossiers, maatregelen, stukken, plan -----------------------------------------------

    @Transactional
    public Optional<Antwoord> dossier(String id) {
        return lees(dossierSoort(id));
    }

    @Transactional
    public Antwoord zetDossier(String id, Vormen.Dossier v, String ifMatch, String client) {
        return zet("dossiers", id, ifMatch, v, client, dossierSoort(id));
    }

    private Soort<Dossier, Vormen.Dossier> dossierSoort(String id) {
        return new Soort<>() {
            public Dossier zoek() {
                return Dossier.<Dossier>find("bronId", id).firstResult();
            }

            public Vormen.Dossier alsVorm(Dossier d) {
                return new Vormen.Dossier(d.kind.bronId, d.jeugdbeschermer.bronId, d.geopend);
            }

            public Dossier schrijf(Dossier d, Vormen.Dossier v) {
                List<Fout> onbekend = new ArrayList<>();
                Persoon kind = bron(Bronsoort.PERSOON, v.kind());
                Persoon jeugdbeschermer = bron(Bronsoort.MEDEWERKER, v.jeugdbeschermer());
                onbekendAls(kind, "kind", v.kind(), onbekend);
                onbekendAls(jeugdbeschermer, "jeugdbeschermer", v.jeugdbeschermer(), onbekend);
                if (!onbekend.isEmpty()) {
                    throw Probleem.onbekendeVerwijzing(onbekend);
                }
                Dossier ander = Dossier.<Dossier>find("kind", kind).firstResult();
                if (ander != null && ander != d) {
                    throw Probleem.conflict("kind", "Dit kind heeft al een dossier. Er is één dossier per kind.");
                }
                d = d != null ? d : new Dossier();
                d.bronId = id;
                d.kind = kind;
                d.jeugdbeschermer = jeugdbeschermer;
                d.geopend = v.geopend();
                return d;
            }

            public Betreft betreft(Dossier d) {
                return new Betreft(d.id, null, List.of(d.kind.id));
            }
        };
    }

    @Transactional
    public Optional<Antwoord> maatregel(String dossierId, String id) {
        return lees(maatregelSoort(dossierVan(dossierId), id));
    }

    @Transactional
    public Antwoord zetMaatregel(String dossierId, String id, Vormen.Maatregel v, String ifMatch, String client) {
        ongeldigAls(Registratieregels.eindeNaBegin("einddatum", v.begindatum(), v.einddatum()).stream().toList());
        return zet("dossiers/" + dossierId + "/maatregelen", id, ifMatch, v, client, maatregelSoort(dossierVan(dossierId), id));
    }

    private Soort<Maatregel, Vormen.Maatregel> maatregelSoort(Dossier dossier, String id) {
        return new Soort<>() {
            public Maatregel zoek() {
                return Maatregel.<Maatregel>find("dossier = ?1 and bronId = ?2", dossier, id).firstResult();
            }

            public Vormen.Maatregel alsVorm(Maatregel m) {
                return new Vormen.Maatregel(m.soort.name(), m.begindatum, m.einddatum);
            }

            public Maatregel schrijf(Maatregel m, Vormen.Maatregel v) {
                if (m == null) {
                    m = new Maatregel();
                    m.dossier = dossier;
                    m.bronId = id;
                    dossier.maatregelen.add(m);
                }
                m.soort = MaatregelSoort.valueOf(v.soort());
                m.begindatum = v.begindatum();
                m.einddatum = v.einddatum();
                return m;
            }

            public Betreft betreft(Maatregel m) {
                return new Betreft(dossier.id, null, List.of(dossier.kind.id));
            }
        };
    }

    @Transactional
    public Optional<Antwoord> stuk(String dossierId, String id) {
        Dossier dossier = dossierVan(dossierId);
        Stuk stuk = zoekStuk(dossier, id);
        if (stuk != null && stuk.vernietigdOp != null) {
            throw Probleem.vernietigd();
        }
        return lees(stukSoort(dossier, id));
    }

    @Transactional
    public Antwoord zetStuk(String dossierId, String id, Vormen.Stuk v, String ifMatch, String client) {
        ongeldigAls(Registratieregels.delenBinnenStuk(v.over(), v.delen().stream().map(Vormen.Deel::over).toList()));
        v = v.genormaliseerd();
        Dossier dossier = dossierVan(dossierId);
        Stuk bestaand = zoekStuk(dossier, id);
        if (bestaand != null && bestaand.vernietigdOp != null) {
            throw Probleem.conflict("$", "Dit stuk is vernietigd; een vernietigd stuk komt niet terug. Gebruik een nieuw id.");
        }
        return zet("dossiers/" + dossierId + "/stukken", id, ifMatch, v, client, stukSoort(dossier, id));
    }

    /** The stuk as the bronsysteem knows it, not yet destroyed; for its document and its DELETE. */
    Stuk levendStuk(String dossierId, String id) {
        Stuk stuk = zoekStuk(dossierVan(dossierId), id);
        if (stuk == null) {
            throw Probleem.nietGevonden("Stuk " + id);
        }
        if (stuk.vernietigdOp != null) {
            throw Probleem.vernietigd();
        }
        return stuk;
    }

    /**
     * The GI destroyed the stuk: it goes the way of a granted vernietiging (text, subjects, delen,
     * eigen verklaringen and the original document; every kopie made again without it).
     */
    @Transactional
    public void vernietigStuk(String dossierId, String id, String client) {
        vergrendel("dossiers/" + dossierId + "/stukken/" + id);
        Stuk stuk = levendStuk(dossierId, id);
        verzoeken.vernietigDoorBronsysteem(stuk, actor(client));
    }

    private Stuk zoekStuk(Dossier dossier, String id) {
        return Stuk.<Stuk>find("dossier = ?1 and bronId = ?2", dossier, id).firstResult();
    }

    private Soort<Stuk, Vormen.Stuk> stukSoort(Dossier dossier, String id) {
        return new Soort<>() {
            public Stuk zoek() {
                return zoekStuk(dossier, id);
            }

            public Vormen.Stuk alsVorm(Stuk s) {
                return new Vormen.Stuk(s.datum, s.soort.name(), s.auteur, s.titel, s.tekst, bronIds(s.over), s.afgeschermd,
                        s.afschermreden, s.delen.stream().map(d -> new Vormen.Deel(d.tekst, bronIds(d.over))).toList());
            }

            public Stuk schrijf(Stuk s, Vormen.Stuk v) {
                List<Fout> onbekend = new ArrayList<>();
                List<Persoon> over = personen(v.over(), "over", onbekend);
                List<List<Persoon>> delen = new ArrayList<>();
                for (int i = 0; i < v.delen().size(); i++) {
                    delen.add(personen(v.delen().get(i).over(), "delen[" + i + "].over", onbekend));
                }
                if (!onbekend.isEmpty()) {
                    throw Probleem.onbekendeVerwijzing(onbekend);
                }
                if (s == null) {
                    s = new Stuk();
                    s.dossier = dossier;
                    s.bronId = id;
                } else if (!s.delen.isEmpty()) {
                    // The old passages go before the new ones are numbered: (stuk, volgorde) is unique.
                    s.delen.clear();
                    em.flush();
                }
                s.datum = v.datum();
                s.soort = StukSoort.valueOf(v.soort());
                s.auteur = v.auteur();
                s.titel = v.titel();
                s.tekst = v.tekst();
                s.afgeschermd = v.afgeschermd();
                s.afschermreden = v.afschermreden();
                s.over.clear();
                s.over.addAll(over);
                for (int i = 0; i < delen.size(); i++) {
                    StukDeel deel = new StukDeel();
                    deel.stuk = s;
                    deel.volgorde = i;
                    deel.tekst = v.delen().get(i).tekst();
                    deel.over.addAll(delen.get(i));
                    s.delen.add(deel);
                }
                return s;
            }

            public Betreft betreft(Stuk s) {
                return new Betreft(dossier.id, s.id, s.over.stream().map(p -> p.id).toList());
            }
        };
    }

    @Transactional
    public Optional<Antwoord> plan(String dossierId) {
        return lees(planSoort(dossierVan(dossierId)));
    }

    @Transactional
    public Antwoord zetPlan(String dossierId, Vormen.Plan v, String ifMatch, String client) {
        return zet("dossiers/" + dossierId, "plan", ifMatch, v, client, planSoort(dossierVan(dossierId)));
    }

    private Soort<Plan, Vormen.Plan> planSoort(Dossier dossier) {
        return new Soort<>() {
            public Plan zoek() {
                return Plan.vanDossier(dossier).orElse(null);
            }

            public Vormen.Plan alsVorm(Plan p) {
                return new Vormen.Plan(p.fase, p.status.name(), p.watMoetVeranderen,
                        p.punten.stream().map(q -> new Vormen.Punt(q.onderdeel.name(), q.soort.name(), q.tekst, q.status.name(),
                                bronIds(q.over))).toList(),
                        p.voornemenEinde.name(), p.eersteContactOp, p.planVanAanpakOp, p.hulpGestartOp, p.volgendeEvaluatie,
                        p.verzoekVerlengingOp, p.besluitVerlengingOp, p.raadIngelichtOp);
            }

            public Plan schrijf(Plan p, Vormen.Plan v) {
                LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
                List<Fout> onbekend = new ArrayList<>();
                List<List<Persoon>> over = new ArrayList<>();
                for (int i = 0; i < v.punten().size(); i++) {
                    over.add(personen(v.punten().get(i).over(), "punten[" + i + "].over", onbekend));
                }
                if (!onbekend.isEmpty()) {
                    throw Probleem.onbekendeVerwijzing(onbekend);
                }
                if (p == null) {
                    p = new Plan();
                    p.dossier = dossier;
                    p.faseSinds = vandaag;
                } else {
                    Planpunt.delete("plan", p);
                    p.punten.clear();
                    if (p.fase != v.fase()) {
                        p.faseSinds = vandaag;
                    }
                }
                p.fase = v.fase();
                p.status = Plan.Status.valueOf(v.status());
                p.watMoetVeranderen = v.watMoetVeranderen();
                p.voornemenEinde = Termijnen.Voornemen.valueOf(v.voornemenEinde());
                p.eersteContactOp = v.eersteContactOp();
                p.planVanAanpakOp = v.planVanAanpakOp();
                p.hulpGestartOp = v.hulpGestartOp();
                p.volgendeEvaluatie = v.volgendeEvaluatie();
                p.verzoekVerlengingOp = v.verzoekVerlengingOp();
                p.besluitVerlengingOp = v.besluitVerlengingOp();
                p.raadIngelichtOp = v.raadIngelichtOp();
                for (int i = 0; i < v.punten().size(); i++) {
                    Vormen.Punt q = v.punten().get(i);
                    Planpunt punt = new Planpunt();
                    punt.plan = p;
                    punt.volgorde = i;
                    punt.onderdeel = Planpunt.Onderdeel.valueOf(q.onderdeel());
                    punt.soort = Planpunt.Soort.valueOf(q.soort());
                    punt.tekst = q.tekst();
                    punt.status = Planpunt.Status.valueOf(q.status());
                    punt.over.addAll(over.get(i));
                    p.punten.add(punt);
                }
                return p;
            }

            public Betreft betreft(Plan p) {
                return new Betreft(dossier.id, null, List.of(dossier.kind.id));
            }
        };
    }

    Dossier dossierVan(String id) {
        Dossier d = Dossier.<Dossier>find("bronId", id).firstResult();
        if (d == null) {
            throw Probleem.nietGevonden("Dossier " + id);
        }
        return d;
    }

    // --- the shared steps -------------------------------------------------------------------

    private <E, V> Optional<Antwoord> lees(Soort<E, V> soort) {
        return Optional.ofNullable(soort.zoek()).map(soort::alsVorm).map(v -> new Antwoord(v, etag(v), false));
    }

    private <E, V> Antwoord zet(String pad, String id, String ifMatch, V vorm, String client, Soort<E, V> soort) {
        vergrendel(pad + "/" + id);
        E bestaand = soort.zoek();
        V oud = bestaand == null ? null : soort.alsVorm(bestaand);
        if (ifMatch != null && !Etags.past(ifMatch, oud == null ? null : etag(oud))) {
            throw Probleem.verouderd();
        }
        if (vorm.equals(oud)) {
            return new Antwoord(oud, etag(oud), false);
        }
        E opgeslagen = soort.schrijf(bestaand, vorm);
        if (bestaand == null) {
            em.persist(opgeslagen);
        }
        em.flush();
        Betreft b = soort.betreft(opgeslagen);
        audit.schrijf(actor(client), new Audit.Gebeurtenis(Actie.REGISTRATIE_GEWIJZIGD, Uitkomst.GEWIJZIGD, b.dossierId(),
                b.stukId(), null, "PUT /" + pad + "/" + id + (bestaand == null ? " (nieuw)" : " (gewijzigd)"), b.personen()));
        V nieuw = soort.alsVorm(opgeslagen);
        return new Antwoord(nieuw, etag(nieuw), bestaand == null);
    }

    /** The bronsysteem's client, in the log as the actor of its changes (not a person). */
    static Audit.Actor actor(String client) {
        return Audit.Actor.systeem(client, "bronsysteem");
    }

    /**
     * Two calls about the same object wait for each other until the first commits, so a create
     * is never done twice and If-Match compares with what is really stored.
     */
    private void vergrendel(String sleutel) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:s, 0))").setParameter("s", sleutel)
                .getSingleResult();
    }

    private String etag(Object vorm) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(vorm).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Persoon> personen(List<String> ids, String veld, List<Fout> onbekend) {
        List<Persoon> gevonden = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Persoon p = bron(Bronsoort.PERSOON, ids.get(i));
            onbekendAls(p, veld + "[" + i + "]", ids.get(i), onbekend);
            gevonden.add(p);
        }
        return gevonden;
    }

    private static List<String> bronIds(Set<Persoon> personen) {
        return personen.stream().map(p -> p.bronId).sorted().toList();
    }

    private static <T> T verwijzing(T gevonden, String veld, String id, String wat) {
        if (gevonden == null) {
            throw Probleem.onbekendeVerwijzing(List.of(new Fout(veld, "Er is geen " + wat + " met id " + id + " geregistreerd.")));
        }
        return gevonden;
    }

    private static void onbekendAls(Object gevonden, String veld, String id, List<Fout> fouten) {
        if (gevonden == null) {
            fouten.add(new Fout(veld, "Er is geen persoon of medewerker met id " + id + " geregistreerd."));
        }
    }

    private static void ongeldigAls(List<Fout> fouten) {
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig(fouten);
        }
    }
}
