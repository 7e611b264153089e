package nl.jeugdportaal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukSoort;

/**
 * The demo facts as the database holds them, named by the demo's bronsysteem ids ("noor", "sanne"):
 * person ids and names, dossier ids, and every stuk with its date, subjects and whether it is
 * shielded. Tests compute what someone may see from these facts and DOMAIN.md §2 themselves; they
 * never ask the rules component.
 */
@ApplicationScoped
public class Demofeiten {

    /** A stuk as far as inzage is concerned; {@code over} holds demo keys ("#id" for anyone else). */
    public record StukFeit(Long id, LocalDate datum, StukSoort soort, String titel, boolean afgeschermd,
            Set<String> over, List<Set<String>> delen) {

        /** Whether every person the stuk is about is one of {@code personen}. */
        public boolean alleenOver(Set<String> personen) {
            return personen.containsAll(over);
        }

        /** Whether some deel is only about {@code personen}: then the page shows that deel (DOMAIN §2 rule 10). */
        public boolean eenDeelAlleenOver(Set<String> personen) {
            return delen.stream().anyMatch(personen::containsAll);
        }

        /** A court paper (DOMAIN §2 rule 10). */
        public boolean processtuk() {
            return soort == StukSoort.BESCHIKKING || soort == StukSoort.VERZOEKSCHRIFT;
        }
    }

    /** Newest first, as the dossier page lists them (same day: the later registered first). */
    public static final Comparator<StukFeit> NIEUWSTE_EERST = Comparator.comparing(StukFeit::datum)
            .thenComparing(StukFeit::id).reversed();

    @Inject
    EntityManager em;

    private Map<String, Long> ids;
    private final Map<String, List<StukFeit>> stukken = new HashMap<>();

    /** The demo children that have a dossier, in the order of registratie.ndjson. */
    public List<String> dossierkinderen() {
        List<String> kinderen = new java.util.ArrayList<>();
        Demobestand.van("dossiers").forEach(d -> kinderen.add(d.body().get("kind").asText()));
        return kinderen;
    }

    @Transactional
    public synchronized Long id(String sleutel) {
        Long id = ids().get(sleutel);
        if (id == null) {
            throw new IllegalArgumentException("geen demo-persoon " + sleutel);
        }
        return id;
    }

    /** Voornaam and achternaam, as the portal prints them. */
    @Transactional
    public String naam(String sleutel) {
        return em.find(Persoon.class, id(sleutel)).naam();
    }

    @Transactional
    public Long dossierId(String kind) {
        return em.createQuery("select d.id from Dossier d where d.kind.id = :k", Long.class)
                .setParameter("k", id(kind)).getSingleResult();
    }

    private static Set<String> sleutels(java.util.Collection<Persoon> personen, Map<Long, String> sleutels) {
        return personen.stream().map(p -> sleutels.getOrDefault(p.id, "#" + p.id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every stuk of the dossier of {@code kind}, newest first. */
    @Transactional
    public synchronized List<StukFeit> stukken(String kind) {
        return stukken.computeIfAbsent(kind, k -> {
            Map<Long, String> sleutels = ids().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
            return em.createQuery("select distinct s from Stuk s left join fetch s.over where s.dossier.kind.id = :k",
                    Stuk.class).setParameter("k", id(k)).getResultList().stream()
                    .map(s -> new StukFeit(s.id, s.datum, s.soort, s.titel, s.afgeschermd, sleutels(s.over, sleutels),
                            s.delen.stream().map(d -> sleutels(d.over, sleutels)).toList()))
                    .sorted(NIEUWSTE_EERST)
                    .toList();
        });
    }

    public List<StukFeit> stukken(String kind, Predicate<StukFeit> welke) {
        return stukken(kind).stream().filter(welke).toList();
    }

    private Map<String, Long> ids() {
        if (ids == null) {
            Map<String, Long> gevonden = new LinkedHashMap<>();
            for (String sleutel : Demobestand.mensen().keySet()) {
                Persoon persoon = Persoon.<Persoon>find("bronId", sleutel).singleResultOptional()
                        .orElseThrow(() -> new IllegalStateException("demo-persoon " + sleutel + " niet in de database"));
                gevonden.put(sleutel, persoon.id);
            }
            ids = gevonden;
        }
        return ids;
    }

    /** For messages: id, title, date, subjects. */
    public static String beschrijf(StukFeit s) {
        return s.id() + " " + s.titel() + " (" + s.datum() + ", over " + s.over() + (s.afgeschermd() ? ", afgeschermd" : "")
                + ")";
    }
}
