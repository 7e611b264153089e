package nl.jeugdportaal.inzage.policycheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdportaal.inzage.regels.Machtiging;
import nl.jeugdportaal.inzage.regels.Persoon;
import nl.jeugdportaal.inzage.regels.Relatie;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.inzage.regels.Stukvraag;
import nl.jeugdportaal.inzage.regels.Toestemming;
import nl.jeugdportaal.inzage.regels.Wilsonbekwaamheid;

/**
 * Maps a scenario file (../shared/contracts/inzage-scenarios.md) onto the rules component's types.
 * Only mapping and checking of the input lives here; every rule is in {@code Inzageregels}.
 *
 * <p>Beyond the contract this reader accepts, for cases of our own:
 * <ul>
 *   <li>{@code "staff": ["jb", ...]} per case: staff on the case (jeugdbeschermer, leidinggevende, FG);
 *       they need not be listed in {@code persons};</li>
 *   <li>{@code "withdrawn": "YYYY-MM-DD"} on a consent or mandate: withdrawn or revoked from that day on;</li>
 *   <li>{@code "given": "YYYY-MM-DD"} on a consent: the day it was given, whose deciders count
 *       (DOMAIN §2 rule 5; default: {@code since}, or today when that is open too);</li>
 *   <li>{@code "declaredAdult": true} on an ouder relation: a parent of 16 or 17 declared
 *       meerderjarig by the kinderrechter (BW 1:253ha), who can hold gezag;</li>
 *   <li>{@code "since"} / {@code "until"} on a relation, and a wilsonbekwaam entry written as
 *       {@code {"person": "kind", "since": ..., "until": ...}} instead of a plain id;</li>
 *   <li>{@code "name"} on a person: the display name used in the reasons (default: the id);</li>
 *   <li>{@code "allowed"} and {@code "delen"} (an array of booleans) on a question: the expected answers,
 *       ignored here (the tests use them);</li>
 *   <li>a field named {@code "comment"} or starting with {@code "_"}, anywhere: ignored.</li>
 * </ul>
 * Any other unknown field is an error: a misspelt {@code "shielded"} must not silently show a stuk.
 * A consent's {@code since} may be left out or null (open), like {@code until}.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** The soorten of the registratie API (shared/contracts/registratie-api.md). */
    static final Set<String> SOORTEN = Set.of("GESPREKSVERSLAG", "CONTACTMOMENT", "VEILIGHEIDSPLAN", "PLAN_VAN_AANPAK",
            "EVALUATIE", "RAPPORTAGE", "BESCHIKKING", "BRIEF", "VERZOEKSCHRIFT", "VERSLAG_OVERLEG", "INFORMATIE_DERDEN");

    public record Stuk(String id, Set<String> over, boolean afgeschermd, String soort, List<Set<String>> delen) {

        public Stukvraag vraag() {
            return new Stukvraag(over, afgeschermd, soort, delen);
        }
    }

    /** @param verwacht the question's {@code allowed}, when the file gives one */
    public record Vraag(String kijker, String stuk, Boolean verwacht) {
    }

    public record Geval(String naam, LocalDate vandaag, String kind, Situatie situatie,
                        Map<String, Stuk> stukken, List<Vraag> vragen) {
    }

    public static List<Geval> lees(Object document) throws OngeldigBestand {
        Map<String, Object> root = Veldlezer.object(document, null, "", "the file must hold one JSON object with \"cases\"");
        Veldlezer.alleenBekend(root, null, "", Set.of("cases"));
        if (!root.containsKey("cases")) {
            throw new OngeldigBestand(null, "cases", "is missing");
        }
        if (!(root.get("cases") instanceof List<?> cases)) {
            throw new OngeldigBestand(null, "cases", "must be an array of cases");
        }
        List<Geval> gevallen = new ArrayList<>();
        Set<String> namen = new LinkedHashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            Geval g = geval(cases.get(i), i);
            if (!namen.add(g.naam())) {
                throw new OngeldigBestand(naamVan(g.naam(), i), "name", "another case has the same name");
            }
            gevallen.add(g);
        }
        return gevallen;
    }

    private static String naamVan(String naam, int index) {
        return naam == null ? "cases[" + index + "]" : "\"" + naam + "\" (cases[" + index + "])";
    }

    private static Geval geval(Object waarde, int index) throws OngeldigBestand {
        Veldlezer l = new Veldlezer("cases[" + index + "]");
        Map<String, Object> c = Veldlezer.object(waarde, l.c, "", "a case must be a JSON object");
        if (c.get("name") instanceof String n && !n.isBlank()) {
            l.c = naamVan(n, index);
        }
        Veldlezer.alleenBekend(c, l.c, "", Set.of("name", "today", "child", "persons", "relations", "wilsonbekwaam",
                "consents", "mandates", "entries", "ask", "staff"));
        String naam = l.tekst(c, "name", "name", true);
        LocalDate vandaag = l.datum(c, "today", "today", true);

        Map<String, String> namen = new LinkedHashMap<>();
        Map<String, Persoon> personen = personen(l, c, namen);

        l.personen = personen.keySet();
        Set<String> medewerkers = medewerkers(l, c);
        Set<String> bekend = new LinkedHashSet<>(personen.keySet());
        bekend.addAll(medewerkers);

        String kind = null;
        if (c.containsKey("child")) {
            kind = l.persoon(c, "child", "child", personen.keySet(), true);
        }

        List<Relatie> relaties = new ArrayList<>();
        List<Object> rels = l.lijst(c, "relations");
        for (int i = 0; i < rels.size(); i++) {
            relaties.add(relatie(l, rels.get(i), "relations[" + i + "]", personen.keySet()));
        }

        List<Wilsonbekwaamheid> wob = wilsonbekwaamheden(l, c, personen.keySet());
        List<Toestemming> toestemmingen = toestemmingen(l, c, personen.keySet(), bekend);
        List<Machtiging> machtigingen = machtigingen(l, c, personen.keySet());
        Map<String, Stuk> stukken = stukken(l, c, personen.keySet());

        List<Vraag> vragen = vragen(l, c, bekend, stukken);

        Situatie situatie = new Situatie(personen, relaties, wob, toestemmingen, machtigingen, medewerkers, namen, kind);
        return new Geval(naam, vandaag, kind, situatie, stukken, vragen);
    }

    private static Map<String, Persoon> personen(Veldlezer l, Map<String, Object> c, Map<String, String> namen) throws OngeldigBestand {
        Map<String, Object> personenJson = Veldlezer.object(l.verplicht(c, "persons", "persons"), l.c, "persons",
                "must be an object of persons by id");
        Map<String, Persoon> personen = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : personenJson.entrySet()) {
            String id = e.getKey();
            String veld = "persons." + id;
            Map<String, Object> p = Veldlezer.object(e.getValue(), l.c, veld, "must be an object with \"birthdate\"");
            Veldlezer.alleenBekend(p, l.c, veld, Set.of("birthdate", "name"));
            if (id.isEmpty()) {
                throw new OngeldigBestand(l.c, "persons", "a person id must not be empty");
            }
            personen.put(id, new Persoon(id, l.datum(p, "birthdate", veld + ".birthdate", true)));
            String weergave = l.tekst(p, "name", veld + ".name", false);
            if (weergave != null) {
                namen.put(id, weergave);
            }
        }
        return personen;
    }

    private static Set<String> medewerkers(Veldlezer l, Map<String, Object> c) throws OngeldigBestand {
        Set<String> medewerkers = new LinkedHashSet<>();
        List<Object> staff = l.lijst(c, "staff");
        for (int i = 0; i < staff.size(); i++) {
            medewerkers.add(l.id(staff.get(i), "staff[" + i + "]"));
        }
        return medewerkers;
    }

    private static List<Wilsonbekwaamheid> wilsonbekwaamheden(Veldlezer l, Map<String, Object> c, Set<String> personen) throws OngeldigBestand {
        List<Wilsonbekwaamheid> wob = new ArrayList<>();
        List<Object> wobs = l.lijst(c, "wilsonbekwaam");
        for (int i = 0; i < wobs.size(); i++) {
            String veld = "wilsonbekwaam[" + i + "]";
            Object w = wobs.get(i);
            if (w instanceof String) {
                wob.add(Wilsonbekwaamheid.van(l.bekend(w, veld, personen)));
            } else {
                Map<String, Object> m = Veldlezer.object(w, l.c, veld, "must be a person id or an object with \"person\"");
                Veldlezer.alleenBekend(m, l.c, veld, Set.of("person", "since", "until"));
                String wie = l.persoon(m, "person", veld + ".person", personen, true);
                LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
                LocalDate tot = l.datum(m, "until", veld + ".until", false);
                l.volgorde(vanaf, tot, veld);
                wob.add(new Wilsonbekwaamheid(wie, vanaf, tot));
            }
        }
        return wob;
    }

    private static List<Toestemming> toestemmingen(Veldlezer l, Map<String, Object> c, Set<String> personen, Set<String> bekend) throws OngeldigBestand {
        List<Toestemming> toestemmingen = new ArrayList<>();
        List<Object> cons = l.lijst(c, "consents");
        for (int i = 0; i < cons.size(); i++) {
            String veld = "consents[" + i + "]";
            Map<String, Object> m = Veldlezer.object(cons.get(i), l.c, veld, "must be an object");
            Veldlezer.alleenBekend(m, l.c, veld, Set.of("from", "to", "about", "since", "until", "withdrawn", "given"));
            String van = l.persoon(m, "from", veld + ".from", personen, true);
            String aan = l.persoon(m, "to", veld + ".to", bekend, true);
            String over = m.get("about") == null ? van : l.persoon(m, "about", veld + ".about", personen, true);
            LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
            LocalDate tot = l.datum(m, "until", veld + ".until", false);
            l.volgorde(vanaf, tot, veld);
            LocalDate ingetrokken = l.datum(m, "withdrawn", veld + ".withdrawn", false);
            LocalDate gegeven = l.datum(m, "given", veld + ".given", false);
            toestemmingen.add(new Toestemming(van, aan, over, vanaf, tot, ingetrokken, gegeven));
        }
        return toestemmingen;
    }

    private static List<Machtiging> machtigingen(Veldlezer l, Map<String, Object> c, Set<String> personen) throws OngeldigBestand {
        List<Machtiging> machtigingen = new ArrayList<>();
        List<Object> mands = l.lijst(c, "mandates");
        for (int i = 0; i < mands.size(); i++) {
            String veld = "mandates[" + i + "]";
            Map<String, Object> m = Veldlezer.object(mands.get(i), l.c, veld, "must be an object");
            Veldlezer.alleenBekend(m, l.c, veld, Set.of("from", "to", "since", "until", "withdrawn"));
            String van = l.persoon(m, "from", veld + ".from", personen, true);
            String aan = l.persoon(m, "to", veld + ".to", personen, true);
            LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
            LocalDate tot = l.datum(m, "until", veld + ".until", false);
            l.volgorde(vanaf, tot, veld);
            LocalDate ingetrokken = l.datum(m, "withdrawn", veld + ".withdrawn", false);
            machtigingen.add(new Machtiging(van, aan, vanaf, tot, ingetrokken));
        }
        return machtigingen;
    }

    private static Map<String, Stuk> stukken(Veldlezer l, Map<String, Object> c, Set<String> personen) throws OngeldigBestand {
        Map<String, Object> entries = Veldlezer.object(l.verplicht(c, "entries", "entries"), l.c, "entries",
                "must be an object of entries by id");
        Map<String, Stuk> stukken = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            stukken.put(e.getKey(), stuk(l, e.getKey(), e.getValue(), personen));
        }
        return stukken;
    }

    private static Stuk stuk(Veldlezer l, String id, Object waarde, Set<String> personen) throws OngeldigBestand {
        String veld = "entries." + id;
        Map<String, Object> m = Veldlezer.object(waarde, l.c, veld, "must be an object with \"about\"");
        Veldlezer.alleenBekend(m, l.c, veld, Set.of("about", "shielded", "soort", "delen"));
        if (!(l.verplicht(m, "about", veld + ".about") instanceof List<?> about)) {
            throw new OngeldigBestand(l.c, veld + ".about", "must be an array of person ids");
        }
        Set<String> over = new LinkedHashSet<>();
        for (int i = 0; i < about.size(); i++) {
            over.add(l.bekend(about.get(i), veld + ".about[" + i + "]", personen));
        }
        boolean afgeschermd = l.booleaan(m, "shielded", veld + ".shielded", false);
        String soort = l.tekst(m, "soort", veld + ".soort", false);
        if (soort != null && !SOORTEN.contains(soort)) {
            throw new OngeldigBestand(l.c, veld + ".soort", "\"" + soort + "\" is not one of "
                    + String.join(", ", new java.util.TreeSet<>(SOORTEN)));
        }
        List<Set<String>> delen = new ArrayList<>();
        List<Object> delenJson = l.lijst(m, "delen", veld + ".delen");
        for (int i = 0; i < delenJson.size(); i++) {
            String deelVeld = veld + ".delen[" + i + "]";
            Map<String, Object> d = Veldlezer.object(delenJson.get(i), l.c, deelVeld, "must be an object with \"about\"");
            Veldlezer.alleenBekend(d, l.c, deelVeld, Set.of("about"));
            if (!(l.verplicht(d, "about", deelVeld + ".about") instanceof List<?> deelOver)) {
                throw new OngeldigBestand(l.c, deelVeld + ".about", "must be an array of person ids");
            }
            Set<String> wie = new LinkedHashSet<>();
            for (int j = 0; j < deelOver.size(); j++) {
                String persoon = l.bekend(deelOver.get(j), deelVeld + ".about[" + j + "]", personen);
                if (!over.contains(persoon)) {
                    throw new OngeldigBestand(l.c, deelVeld + ".about[" + j + "]",
                            "\"" + persoon + "\" is not in the entry's \"about\" (it must hold every person of its delen)");
                }
                wie.add(persoon);
            }
            delen.add(wie);
        }
        return new Stuk(id, over, afgeschermd, soort, delen);
    }

    private static List<Vraag> vragen(Veldlezer l, Map<String, Object> c, Set<String> bekend, Map<String, Stuk> stukken) throws OngeldigBestand {
        if (!(l.verplicht(c, "ask", "ask") instanceof List<?> ask)) {
            throw new OngeldigBestand(l.c, "ask", "must be an array of questions");
        }
        List<Vraag> vragen = new ArrayList<>();
        for (int i = 0; i < ask.size(); i++) {
            String veld = "ask[" + i + "]";
            Map<String, Object> m = Veldlezer.object(ask.get(i), l.c, veld, "must be an object with \"viewer\" and \"entry\"");
            Veldlezer.alleenBekend(m, l.c, veld, Set.of("viewer", "entry", "allowed", "delen"));
            String kijker = l.persoon(m, "viewer", veld + ".viewer", bekend, true);
            String stuk = l.tekst(m, "entry", veld + ".entry", true);
            if (!stukken.containsKey(stuk)) {
                throw new OngeldigBestand(l.c, veld + ".entry", "\"" + stuk + "\" is not one of the entries");
            }
            Boolean verwacht = m.get("allowed") == null ? null : l.booleaan(m, "allowed", veld + ".allowed", false);
            vragen.add(new Vraag(kijker, stuk, verwacht));
        }
        return vragen;
    }

    private static Relatie relatie(Veldlezer l, Object waarde, String veld, Set<String> personen) throws OngeldigBestand {
        Map<String, Object> m = Veldlezer.object(waarde, l.c, veld, "must be an object");
        Veldlezer.alleenBekend(m, l.c, veld, Set.of("type", "person", "of", "gezag", "since", "until", "declaredAdult"));
        String type = l.tekst(m, "type", veld + ".type", true);
        Relatiesoort soort = switch (type) {
            case "ouder" -> Relatiesoort.OUDER;
            case "voogd" -> Relatiesoort.VOOGD;
            case "vertegenwoordiger" -> Relatiesoort.VERTEGENWOORDIGER;
            default -> throw new OngeldigBestand(l.c, veld + ".type",
                    "\"" + type + "\" is not one of ouder, voogd, vertegenwoordiger");
        };
        String persoon = l.persoon(m, "person", veld + ".person", personen, true);
        String van = l.persoon(m, "of", veld + ".of", personen, true);
        if (persoon.equals(van)) {
            throw new OngeldigBestand(l.c, veld + ".of", "a person cannot be in a relation with themselves");
        }
        boolean gezag;
        if (soort == Relatiesoort.OUDER) {
            if (!m.containsKey("gezag")) {
                throw new OngeldigBestand(l.c, veld + ".gezag", "is missing (true or false) for an ouder");
            }
            gezag = l.booleaan(m, "gezag", veld + ".gezag", true);
        } else {
            boolean verwacht = soort == Relatiesoort.VOOGD;
            gezag = l.booleaan(m, "gezag", veld + ".gezag", verwacht);
            if (gezag != verwacht) {
                throw new OngeldigBestand(l.c, veld + ".gezag", verwacht
                        ? "a voogd always has gezag" : "a vertegenwoordiger has no gezag");
            }
        }
        LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
        LocalDate tot = l.datum(m, "until", veld + ".until", false);
        l.volgorde(vanaf, tot, veld);
        boolean meerderjarig = l.booleaan(m, "declaredAdult", veld + ".declaredAdult", false);
        if (meerderjarig && soort != Relatiesoort.OUDER) {
            throw new OngeldigBestand(l.c, veld + ".declaredAdult", "only an ouder can be declared adult for gezag");
        }
        return new Relatie(soort, persoon, van, gezag, vanaf, tot, meerderjarig);
    }
}
