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
import nl.jeugdportaal.identiteit.Accounts;
import nl.jeugdportaal.registratie.Functie;
import nl.jeugdportaal.registratie.Persoon.Bronsoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Team;

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
    Accounts accounts;

    /** The answer to a PUT or GET: the object as stored, its ETag, and whether the PUT created it. */
    public record Antwoord(Object vorm, String etag, boolean nieuw) {
    }

    /** Whose data a change touched, for the audit log. */
    record Betreft(Long dossierId, Long stukId, Collection<Long> personen) {
    }

    /** One kind of object: find it, show it as its body, and store a body into it (null: create). */
    interface Soort<E, V> {
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
                        p.team == null ? null : p.team.bronId, p.email, p.telefoon, p.beeindigdOp);
            }

            public Persoon schrijf(Persoon p, Vormen.Medewerker v) {
                Team team = v.team() == null ? null
                        : verwijzing(Team.<Team>find("bronId", v.team()).firstResult(), "team", v.team(), "team");
                p = medewerkerOfHelper(p, Bronsoort.MEDEWERKER, id, v.login());
                p.voornaam = v.voornaam();
                p.achternaam = v.achternaam();
                p.functie = Functie.valueOf(v.functie().toUpperCase(Locale.ROOT));
                p.team = team;
                return professional(p, v.email(), v.telefoon(), v.beeindigdOp());
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
                return new Vormen.Vertrouwenspersoon(p.voornaam, p.achternaam, p.organisatie, p.login, p.email, p.telefoon,
                        p.beeindigdOp);
            }

            public Persoon schrijf(Persoon p, Vormen.Vertrouwenspersoon v) {
                p = medewerkerOfHelper(p, Bronsoort.VERTROUWENSPERSOON, id, v.login());
                p.voornaam = v.voornaam();
                p.achternaam = v.achternaam();
                p.organisatie = v.organisatie();
                p.functie = Functie.VERTROUWENSPERSOON;
                return professional(p, v.email(), v.telefoon(), v.beeindigdOp());
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

    /** What medewerkers and vertrouwenspersonen share; their login account follows (invited, or blocked once ended). */
    private Persoon professional(Persoon p, String email, String telefoon, LocalDate beeindigdOp) {
        p.email = email;
        p.telefoon = telefoon;
        p.beeindigdOp = beeindigdOp;
        accounts.naRegistratie(p);
        return p;
    }

    private static Persoon nieuwePersoon(Bronsoort soort, String id) {
        Persoon p = new Persoon();
        p.bronSoort = soort;
        p.bronId = id;
        return p;
    }

    static Persoon bron(Bronsoort soort, String id) {
        return Persoon.<Persoon>find("bronSoort = ?1 and bronId = ?2", soort, id).firstResult();
    }

    // --- teams ----------------------------------------------------------------------------

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

    // --- the shared steps -------------------------------------------------------------------

    <E, V> Optional<Antwoord> lees(Soort<E, V> soort) {
        return Optional.ofNullable(soort.zoek()).map(soort::alsVorm).map(v -> new Antwoord(v, etag(v), false));
    }

    <E, V> Antwoord zet(String pad, String id, String ifMatch, V vorm, String client, Soort<E, V> soort) {
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
    void vergrendel(String sleutel) {
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

    List<Persoon> personen(List<String> ids, String veld, List<Fout> onbekend) {
        List<Persoon> gevonden = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Persoon p = bron(Bronsoort.PERSOON, ids.get(i));
            onbekendAls(p, veld + "[" + i + "]", ids.get(i), onbekend);
            gevonden.add(p);
        }
        return gevonden;
    }

    static List<String> bronIds(Set<Persoon> personen) {
        return personen.stream().map(p -> p.bronId).sorted().toList();
    }

    static <T> T verwijzing(T gevonden, String veld, String id, String wat) {
        if (gevonden == null) {
            throw Probleem.onbekendeVerwijzing(List.of(new Fout(veld, "Er is geen " + wat + " met id " + id + " geregistreerd.")));
        }
        return gevonden;
    }

    static void onbekendAls(Object gevonden, String veld, String id, List<Fout> fouten) {
        if (gevonden == null) {
            fouten.add(new Fout(veld, "Er is geen persoon of medewerker met id " + id + " geregistreerd."));
        }
    }

    static void ongeldigAls(List<Fout> fouten) {
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig(fouten);
        }
    }
}
