package nl.jeugdportaal.bronsysteem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.bronsysteem.regels.Fout;
import nl.jeugdportaal.bronsysteem.regels.Registratieregels;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.plan.Plan;
import nl.jeugdportaal.plan.Planpunt;
import nl.jeugdportaal.plan.Termijnen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Persoon.Bronsoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.verzoek.VerzoekService;

/**
 * The dossiers the bronsysteem registers, with their measures, stukken (and original documents'
 * places) and plan, by the same steps as {@link Registraties}: one transaction per call, the whole
 * object replaced, every change in the audit log with the client as actor.
 */
@ApplicationScoped
public class Dossierregistraties {
    @Inject
    EntityManager em;
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    VerzoekService verzoeken;
    @Inject
    Registraties registraties;

    @Transactional
    public Optional<Registraties.Antwoord> dossier(String id) {
        return registraties.lees(dossierSoort(id));
    }

    @Transactional
    public Registraties.Antwoord zetDossier(String id, Vormen.Dossier v, String ifMatch, String client) {
        return registraties.zet("dossiers", id, ifMatch, v, client, dossierSoort(id));
    }

    private Registraties.Soort<Dossier, Vormen.Dossier> dossierSoort(String id) {
        return new Registraties.Soort<>() {
            public Dossier zoek() {
                return Dossier.<Dossier>find("bronId", id).firstResult();
            }

            public Vormen.Dossier alsVorm(Dossier d) {
                return new Vormen.Dossier(d.kind.bronId, d.jeugdbeschermer.bronId, d.geopend);
            }

            public Dossier schrijf(Dossier d, Vormen.Dossier v) {
                List<Fout> onbekend = new ArrayList<>();
                Persoon kind = Registraties.bron(Bronsoort.PERSOON, v.kind());
                Persoon jeugdbeschermer = Registraties.bron(Bronsoort.MEDEWERKER, v.jeugdbeschermer());
                Registraties.onbekendAls(kind, "kind", v.kind(), onbekend);
                Registraties.onbekendAls(jeugdbeschermer, "jeugdbeschermer", v.jeugdbeschermer(), onbekend);
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

            public Registraties.Betreft betreft(Dossier d) {
                return new Registraties.Betreft(d.id, null, List.of(d.kind.id));
            }
        };
    }

    @Transactional
    public Optional<Registraties.Antwoord> maatregel(String dossierId, String id) {
        return registraties.lees(maatregelSoort(dossierVan(dossierId), id));
    }

    @Transactional
    public Registraties.Antwoord zetMaatregel(String dossierId, String id, Vormen.Maatregel v, String ifMatch, String client) {
        Registraties.ongeldigAls(Registratieregels.eindeNaBegin("einddatum", v.begindatum(), v.einddatum()).stream().toList());
        return registraties.zet("dossiers/" + dossierId + "/maatregelen", id, ifMatch, v, client, maatregelSoort(dossierVan(dossierId), id));
    }

    private Registraties.Soort<Maatregel, Vormen.Maatregel> maatregelSoort(Dossier dossier, String id) {
        return new Registraties.Soort<>() {
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

            public Registraties.Betreft betreft(Maatregel m) {
                return new Registraties.Betreft(dossier.id, null, List.of(dossier.kind.id));
            }
        };
    }

    @Transactional
    public Optional<Registraties.Antwoord> stuk(String dossierId, String id) {
        Dossier dossier = dossierVan(dossierId);
        Stuk stuk = zoekStuk(dossier, id);
        if (stuk != null && stuk.vernietigdOp != null) {
            throw Probleem.vernietigd();
        }
        return registraties.lees(stukSoort(dossier, id));
    }

    @Transactional
    public Registraties.Antwoord zetStuk(String dossierId, String id, Vormen.Stuk v, String ifMatch, String client) {
        Registraties.ongeldigAls(Registratieregels.delenBinnenStuk(v.over(), v.delen().stream().map(Vormen.Deel::over).toList()));
        v = v.genormaliseerd();
        Dossier dossier = dossierVan(dossierId);
        Stuk bestaand = zoekStuk(dossier, id);
        if (bestaand != null && bestaand.vernietigdOp != null) {
            throw Probleem.conflict("$", "Dit stuk is vernietigd; een vernietigd stuk komt niet terug. Gebruik een nieuw id.");
        }
        return registraties.zet("dossiers/" + dossierId + "/stukken", id, ifMatch, v, client, stukSoort(dossier, id));
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
        registraties.vergrendel("dossiers/" + dossierId + "/stukken/" + id);
        Stuk stuk = levendStuk(dossierId, id);
        verzoeken.vernietigDoorBronsysteem(stuk, Registraties.actor(client));
    }

    private Stuk zoekStuk(Dossier dossier, String id) {
        return Stuk.<Stuk>find("dossier = ?1 and bronId = ?2", dossier, id).firstResult();
    }

    private Registraties.Soort<Stuk, Vormen.Stuk> stukSoort(Dossier dossier, String id) {
        return new Registraties.Soort<>() {
            public Stuk zoek() {
                return zoekStuk(dossier, id);
            }

            public Vormen.Stuk alsVorm(Stuk s) {
                return new Vormen.Stuk(s.datum, s.soort.name(), s.auteur, s.titel, s.tekst, Registraties.bronIds(s.over), s.afgeschermd,
                        s.afschermreden, s.delen.stream().map(d -> new Vormen.Deel(d.tekst, Registraties.bronIds(d.over))).toList());
            }

            public Stuk schrijf(Stuk s, Vormen.Stuk v) {
                List<Fout> onbekend = new ArrayList<>();
                List<Persoon> over = registraties.personen(v.over(), "over", onbekend);
                List<List<Persoon>> delen = new ArrayList<>();
                for (int i = 0; i < v.delen().size(); i++) {
                    delen.add(registraties.personen(v.delen().get(i).over(), "delen[" + i + "].over", onbekend));
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

            public Registraties.Betreft betreft(Stuk s) {
                return new Registraties.Betreft(dossier.id, s.id, s.over.stream().map(p -> p.id).toList());
            }
        };
    }

    @Transactional
    public Optional<Registraties.Antwoord> plan(String dossierId) {
        return registraties.lees(planSoort(dossierVan(dossierId)));
    }

    @Transactional
    public Registraties.Antwoord zetPlan(String dossierId, Vormen.Plan v, String ifMatch, String client) {
        return registraties.zet("dossiers/" + dossierId, "plan", ifMatch, v, client, planSoort(dossierVan(dossierId)));
    }

    private Registraties.Soort<Plan, Vormen.Plan> planSoort(Dossier dossier) {
        return new Registraties.Soort<>() {
            public Plan zoek() {
                return Plan.vanDossier(dossier).orElse(null);
            }

            public Vormen.Plan alsVorm(Plan p) {
                return new Vormen.Plan(p.fase, p.status.name(), p.watMoetVeranderen,
                        p.punten.stream().map(q -> new Vormen.Punt(q.onderdeel.name(), q.soort.name(), q.tekst, q.status.name(),
                                Registraties.bronIds(q.over))).toList(),
                        p.voornemenEinde.name(), p.eersteContactOp, p.planVanAanpakOp, p.hulpGestartOp, p.volgendeEvaluatie,
                        p.verzoekVerlengingOp, p.besluitVerlengingOp, p.raadIngelichtOp);
            }

            public Plan schrijf(Plan p, Vormen.Plan v) {
                LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
                List<Fout> onbekend = new ArrayList<>();
                List<List<Persoon>> over = new ArrayList<>();
                for (int i = 0; i < v.punten().size(); i++) {
                    over.add(registraties.personen(v.punten().get(i).over(), "punten[" + i + "].over", onbekend));
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

            public Registraties.Betreft betreft(Plan p) {
                return new Registraties.Betreft(dossier.id, null, List.of(dossier.kind.id));
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
}
