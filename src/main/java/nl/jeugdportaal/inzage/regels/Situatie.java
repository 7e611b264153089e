package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the GI has registered that the inzage rules read: persons, relations,
 * wilsonbekwaam registrations, toestemmingen, machtigingen and the staff on the case.
 * {@code namen} holds optional display names for the sentences; a person without one is named by id.
 * {@code kind} is the child the dossier is about, when the question is about one dossier: the court
 * papers' parties and the persons a refusal may name follow from it (DOMAIN §2 rules 9, 10).
 * Immutable: one Situatie can answer any number of questions, also from several threads.
 */
public record Situatie(
        Map<String, Persoon> personen,
        List<Relatie> relaties,
        List<Wilsonbekwaamheid> wilsonbekwaam,
        List<Toestemming> toestemmingen,
        List<Machtiging> machtigingen,
        Set<String> medewerkers,
        Map<String, String> namen,
        String kind) {

    public Situatie {
        personen = Map.copyOf(Objects.requireNonNull(personen, "personen"));
        personen.forEach((id, p) -> {
            if (!id.equals(p.id())) {
                throw new IllegalArgumentException("persoon onder sleutel " + id + " heeft id " + p.id());
            }
        });
        relaties = List.copyOf(Objects.requireNonNull(relaties, "relaties"));
        wilsonbekwaam = List.copyOf(Objects.requireNonNull(wilsonbekwaam, "wilsonbekwaam"));
        toestemmingen = List.copyOf(Objects.requireNonNull(toestemmingen, "toestemmingen"));
        machtigingen = List.copyOf(Objects.requireNonNull(machtigingen, "machtigingen"));
        medewerkers = Set.copyOf(Objects.requireNonNull(medewerkers, "medewerkers"));
        namen = namen == null ? Map.of() : Map.copyOf(namen);
    }

    public Situatie(Map<String, Persoon> personen, List<Relatie> relaties, List<Wilsonbekwaamheid> wilsonbekwaam,
                    List<Toestemming> toestemmingen, List<Machtiging> machtigingen, Set<String> medewerkers,
                    Map<String, String> namen) {
        this(personen, relaties, wilsonbekwaam, toestemmingen, machtigingen, medewerkers, namen, null);
    }

    /** Without display names: sentences then name persons by their id. */
    public Situatie(Map<String, Persoon> personen, List<Relatie> relaties, List<Wilsonbekwaamheid> wilsonbekwaam,
                    List<Toestemming> toestemmingen, List<Machtiging> machtigingen, Set<String> medewerkers) {
        this(personen, relaties, wilsonbekwaam, toestemmingen, machtigingen, medewerkers, Map.of());
    }

    /** The name to use in a sentence for the viewer. */
    public String naam(String id) {
        return namen.getOrDefault(id, id);
    }

    public Situatie metToestemmingen(List<Toestemming> nieuw) {
        return new Situatie(personen, relaties, wilsonbekwaam, nieuw, machtigingen, medewerkers, namen, kind);
    }

    /**
     * The situation as one view sees it (DOMAIN §2 rule 6): only the machtiging of the client the
     * view acts for, none for the viewer's own view. The portal builds every page's situation through
     * this, and {@code scripts/policy-check} asks each view through it, so both give one answer.
     */
    public Situatie voor(Blik blik) {
        List<Machtiging> alleen = machtigingen.stream()
                .filter(m -> blik.namens() != null && m.van().equals(blik.namens()) && m.aan().equals(blik.kijker()))
                .toList();
        return new Situatie(personen, relaties, wilsonbekwaam, toestemmingen, alleen, medewerkers, namen, kind);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Convenience for code and tests that build a situation by hand. */
    public static final class Builder {
        private final Map<String, Persoon> personen = new LinkedHashMap<>();
        private final List<Relatie> relaties = new ArrayList<>();
        private final List<Wilsonbekwaamheid> wilsonbekwaam = new ArrayList<>();
        private final List<Toestemming> toestemmingen = new ArrayList<>();
        private final List<Machtiging> machtigingen = new ArrayList<>();
        private final Set<String> medewerkers = new LinkedHashSet<>();
        private final Map<String, String> namen = new LinkedHashMap<>();
        private String kind;

        private Builder() {
        }

        public Builder persoon(String id, LocalDate geboortedatum) {
            personen.put(id, new Persoon(id, geboortedatum));
            return this;
        }

        public Builder persoon(String id, LocalDate geboortedatum, String naam) {
            namen.put(id, naam);
            return persoon(id, geboortedatum);
        }

        public Builder relatie(Relatie relatie) {
            relaties.add(relatie);
            return this;
        }

        public Builder ouder(String ouder, String kind, boolean gezag) {
            return relatie(Relatie.ouder(ouder, kind, gezag));
        }

        public Builder voogd(String voogd, String kind) {
            return relatie(Relatie.voogd(voogd, kind));
        }

        public Builder vertegenwoordiger(String vertegenwoordiger, String volwassene) {
            return relatie(Relatie.vertegenwoordiger(vertegenwoordiger, volwassene));
        }

        /** A registration without dates: the simple set of wilsonbekwame persons. */
        public Builder wilsonbekwaam(String... ids) {
            for (String id : ids) {
                wilsonbekwaam.add(Wilsonbekwaamheid.van(id));
            }
            return this;
        }

        public Builder wilsonbekwaam(Wilsonbekwaamheid registratie) {
            wilsonbekwaam.add(registratie);
            return this;
        }

        public Builder toestemming(Toestemming toestemming) {
            toestemmingen.add(toestemming);
            return this;
        }

        public Builder toestemming(String van, String aan, String over) {
            return toestemming(Toestemming.van(van, aan, over, null, null));
        }

        public Builder machtiging(Machtiging machtiging) {
            machtigingen.add(machtiging);
            return this;
        }

        public Builder machtiging(String client, String vertrouwenspersoon) {
            return machtiging(Machtiging.van(client, vertrouwenspersoon, null, null));
        }

        public Builder medewerkers(Collection<String> ids) {
            medewerkers.addAll(ids);
            return this;
        }

        public Builder medewerker(String id) {
            medewerkers.add(id);
            return this;
        }

        public Builder naam(String id, String naam) {
            namen.put(id, naam);
            return this;
        }

        /** The child the dossier is about. */
        public Builder kind(String id) {
            kind = id;
            return this;
        }

        public Situatie build() {
            return new Situatie(personen, relaties, wilsonbekwaam, toestemmingen, machtigingen, medewerkers, namen, kind);
        }
    }
}
