package nl.jeugdportaal.inzage.policycheck;

import nl.jeugdportaal.inzage.regels.Lezer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
        Map<String, Object> root = object(document, null, "", "the file must hold one JSON object with \"cases\"");
        alleenBekend(root, null, "", Set.of("cases"));
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
        Lezer l = new Lezer("cases[" + index + "]");
        Map<String, Object> c = object(waarde, l.c, "", "a case must be a JSON object");
        if (c.get("name") instanceof String n && !n.isBlank()) {
            l.c = naamVan(n, index);
        }
        alleenBekend(c, l.c, "", Set.of("name", "today", "child", "persons", "relations", "wilsonbekwaam",
                "consents", "mandates", "entries", "ask", "staff"));
        String naam = l.tekst(c, "name", "name", true);
        LocalDate vandaag = l.datum(c, "today", "today", true);

        Map<String, Object> personenJson = object(l.verplicht(c, "persons", "persons"), l.c, "persons",
                "must be an object of persons by id");
        Map<String, Persoon> personen = new LinkedHashMap<>();
        Map<String, String> namen = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : personenJson.entrySet()) {
            String id = e.getKey();
            String veld = "persons." + id;
            Map<String, Object> p = object(e.getValue(), l.c, veld, "must be an object with \"birthdate\"");
            alleenBekend(p, l.c, veld, Set.of("birthdate", "name"));
            if (id.isEmpty()) {
                throw new OngeldigBestand(l.c, "persons", "a person id must not be empty");
            }
            personen.put(id, new Persoon(id, l.datum(p, "birthdate", veld + ".birthdate", true)));
            String weergave = l.tekst(p, "name", veld + ".name", false);
            if (weergave != null) {
                namen.put(id, weergave);
            }
        }

        l.personen = personen.keySet();
        Set<String> medewerkers = new LinkedHashSet<>();
        List<Object> staff = l.lijst(c, "staff");
        for (int i = 0; i < staff.size(); i++) {
            medewerkers.add(l.id(staff.get(i), "staff[" + i + "]"));
        }
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

        List<Wilsonbekwaamheid> wob = new ArrayList<>();
        List<Object> wobs = l.lijst(c, "wilsonbekwaam");
        for (int i = 0; i < wobs.size(); i++) {
            String veld = "wilsonbekwaam[" + i + "]";
            Object w = wobs.get(i);
            if (w instanceof String) {
                wob.add(Wilsonbekwaamheid.van(l.bekend(w, veld, personen.keySet())));
            } else {
                Map<String, Object> m = object(w, l.c, veld, "must be a person id or an object with \"person\"");
                alleenBekend(m, l.c, veld, Set.of("person", "since", "until"));
                String wie = l.persoon(m, "person", veld + ".person", personen.keySet(), true);
                LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
                LocalDate tot = l.datum(m, "until", veld + ".until", false);
                l.volgorde(vanaf, tot, veld);
                wob.add(new Wilsonbekwaamheid(wie, vanaf, tot));
            }
        }

        List<Toestemming> toestemmingen = new ArrayList<>();
        List<Object> cons = l.lijst(c, "consents");
        for (int i = 0; i < cons.size(); i++) {
            String veld = "consents[" + i + "]";
            Map<String, Object> m = object(cons.get(i), l.c, veld, "must be an object");
            alleenBekend(m, l.c, veld, Set.of("from", "to", "about", "since", "until", "withdrawn", "given"));
            String van = l.persoon(m, "from", veld + ".from", personen.keySet(), true);
            String aan = l.persoon(m, "to", veld + ".to", bekend, true);
            String over = m.get("about") == null ? van : l.persoon(m, "about", veld + ".about", personen.keySet(), true);
            LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
            LocalDate tot = l.datum(m, "until", veld + ".until", false);
            l.volgorde(vanaf, tot, veld);
            LocalDate ingetrokken = l.datum(m, "withdrawn", veld + ".withdrawn", false);
            LocalDate gegeven = l.datum(m, "given", veld + ".given", false);
            toestemmingen.add(new Toestemming(van, aan, over, vanaf, tot, ingetrokken, gegeven));
        }

        List<Machtiging> machtigingen = new ArrayList<>();
        List<Object> mands = l.lijst(c, "mandates");
        for (int i = 0; i < mands.size(); i++) {
            String veld = "mandates[" + i + "]";
            Map<String, Object> m = object(mands.get(i), l.c, veld, "must be an object");
            alleenBekend(m, l.c, veld, Set.of("from", "to", "since", "until", "withdrawn"));
            String van = l.persoon(m, "from", veld + ".from", personen.keySet(), true);
            String aan = l.persoon(m, "to", veld + ".to", personen.keySet(), true);
            LocalDate vanaf = l.datum(m, "since", veld + ".since", false);
            LocalDate tot = l.datum(m, "until", veld + ".until", false);
            l.volgorde(vanaf, tot, veld);
            LocalDate ingetrokken = l.datum(m, "withdrawn", veld + ".withdrawn", false);
            machtigingen.add(new Machtiging(van, aan, vanaf, tot, ingetrokken));
        }

        Map<String, Object> entries = object(l.verplicht(c, "entries", "entries"), l.c, "entries",
                "must be an object of entries by id");
        Map<String, Stuk> stukken = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            String veld = "entries." + e.getKey();
            Map<String, Object> m = object(e.getValue(), l.c, veld, "must be an object with \"about\"");
            alleenBekend(m, l.c, veld, Set.of("about", "shielded", "soort", "delen"));
            if (!(l.verplicht(m, "about", veld + ".about") instanceof List<?> about)) {
                throw new OngeldigBestand(l.c, veld + ".about", "must be an array of person ids");
            }
            Set<String> over = new LinkedHashSet<>();
            for (int i = 0; i < about.size(); i++) {
                over.add(l.bekend(about.get(i), veld + ".about[" + i + "]", personen.keySet()));
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
                Map<String, Object> d = object(delenJson.get(i), l.c, deelVeld, "must be an object with \"about\"");
                alleenBekend(d, l.c, deelVeld, Set.of("about"));
                if (!(l.verplicht(d, "about", deelVeld + ".about") instanceof List<?> deelOver)) {
                    throw new OngeldigBestand(l.c, deelVeld + ".about", "must be an array of person ids");
                }
                Set<String> wie = new LinkedHashSet<>();
                for (int j = 0; j < deelOver.size(); j++) {
                    String id = l.bekend(deelOver.get(j), deelVeld + ".about[" + j + "]", personen.keySet());
                    if (!over.contains(id)) {
                        throw new OngeldigBestand(l.c, deelVeld + ".about[" + j + "]",
                                "\"" + id + "\" is not in the entry's \"about\" (it must hold every person of its delen)");
                    }
                    wie.add(id);
                }
                delen.add(wie);
            }
            stukken.put(e.getKey(), new Stuk(e.getKey(), over, afgeschermd, soort, delen));
        }

        if (!(l.verplicht(c, "ask", "ask") instanceof List<?> ask)) {
            throw new OngeldigBestand(l.c, "ask", "must be an array of questions");
        }
        List<Vraag> vragen = new ArrayList<>();
        for (int i = 0; i < ask.size(); i++) {
            String veld = "ask[" + i + "]";
            Map<String, Object> m = object(ask.get(i), l.c, veld, "must be an object with \"viewer\" and \"entry\"");
            alleenBekend(m, l.c, veld, Set.of("viewer", "entry", "allowed", "delen"));
            String kijker = l.persoon(m, "viewer", veld + ".viewer", bekend, true);
            String stuk = l.tekst(m, "entry", veld + ".entry", true);
            if (!stukken.containsKey(stuk)) {
                throw new OngeldigBestand(l.c, veld + ".entry", "\"" + stuk + "\" is not one of the entries");
            }
            Boolean verwacht = m.get("allowed") == null ? null : l.booleaan(m, "allowed", veld + ".allowed", false);
            vragen.add(new Vraag(kijker, stuk, verwacht));
        }

        Situatie situatie = new Situatie(personen, relaties, wob, toestemmingen, machtigingen, medewerkers, namen, kind);
        return new Geval(naam, vandaag, kind, situatie, stukken, vragen);
    }

    private static Relatie relatie(Lezer l, Object waarde, String veld, Set<String> personen) throws OngeldigBestand {
        Map<String, Object> m = object(waarde, l.c, veld, "must be an object");
        alleenBekend(m, l.c, veld, Set.of("type", "person", "of", "gezag", "since", "until", "declaredAdult"));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object waarde, String c, String veld, String anders) throws OngeldigBestand {
        if (waarde instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new OngeldigBestand(c, veld, anders);
    }

    private static void alleenBekend(Map<String, Object> m, String c, String veld, Set<String> toegestaan)
            throws OngeldigBestand {
        for (String sleutel : m.keySet()) {
            if (!toegestaan.contains(sleutel) && !sleutel.startsWith("_") && !sleutel.equals("comment")) {
                throw new OngeldigBestand(c, veld.isEmpty() ? sleutel : veld + "." + sleutel,
                        "unknown field (expected one of " + String.join(", ", new java.util.TreeSet<>(toegestaan)) + ")");
            }
        }
    }

    /** Typed access to one case's fields; {@code c} names the case in every error. */
    private static final class Lezer {
        String c;
        /** The ids under "persons", once read: lets a message tell persons from persons-or-staff. */
        Set<String> personen;

        Lezer(String c) {
            this.c = c;
        }

        Object verplicht(Map<String, Object> m, String sleutel, String veld) throws OngeldigBestand {
            if (!m.containsKey(sleutel)) {
                throw new OngeldigBestand(c, veld, "is missing");
            }
            return m.get(sleutel);
        }

        String tekst(Map<String, Object> m, String sleutel, String veld, boolean nodig) throws OngeldigBestand {
            Object w = m.get(sleutel);
            if (w == null) {
                if (nodig) {
                    throw new OngeldigBestand(c, veld, m.containsKey(sleutel) ? "must not be null" : "is missing");
                }
                return null;
            }
            if (!(w instanceof String s) || s.isEmpty()) {
                throw new OngeldigBestand(c, veld, "must be a non-empty string, not " + soort(w));
            }
            return s;
        }

        String id(Object w, String veld) throws OngeldigBestand {
            if (!(w instanceof String s) || s.isEmpty()) {
                throw new OngeldigBestand(c, veld, "must be a person id (a non-empty string), not " + soort(w));
            }
            return s;
        }

        /** {@code ids} is either the persons or the persons plus staff; the message says which. */
        String bekend(Object w, String veld, Set<String> ids) throws OngeldigBestand {
            String id = id(w, veld);
            if (!ids.contains(id)) {
                throw new OngeldigBestand(c, veld, "\"" + id + "\" is not one of the persons"
                        + (ids.equals(personen) ? "" : " or staff"));
            }
            return id;
        }

        String persoon(Map<String, Object> m, String sleutel, String veld, Set<String> ids, boolean nodig)
                throws OngeldigBestand {
            String id = tekst(m, sleutel, veld, nodig);
            return id == null ? null : bekend(id, veld, ids);
        }

        LocalDate datum(Map<String, Object> m, String sleutel, String veld, boolean nodig) throws OngeldigBestand {
            Object w = m.get(sleutel);
            if (w == null) {
                if (nodig) {
                    throw new OngeldigBestand(c, veld, m.containsKey(sleutel) ? "must be a date, not null" : "is missing");
                }
                return null;
            }
            if (!(w instanceof String s) || !DATUM.matcher(s).matches()) {
                throw new OngeldigBestand(c, veld, Json.schrijf(w instanceof BigDecimal ? w.toString() : w)
                        + " is not an ISO date (YYYY-MM-DD)");
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new OngeldigBestand(c, veld, "\"" + s + "\" is not an existing date");
            }
        }

        void volgorde(LocalDate vanaf, LocalDate tot, String veld) throws OngeldigBestand {
            if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
                throw new OngeldigBestand(c, veld + ".until", "is before since");
            }
        }

        boolean booleaan(Map<String, Object> m, String sleutel, String veld, boolean standaard) throws OngeldigBestand {
            Object w = m.get(sleutel);
            if (w == null && !m.containsKey(sleutel)) {
                return standaard;
            }
            if (!(w instanceof Boolean b)) {
                throw new OngeldigBestand(c, veld, "must be true or false, not " + soort(w));
            }
            return b;
        }

        List<Object> lijst(Map<String, Object> m, String sleutel) throws OngeldigBestand {
            return lijst(m, sleutel, sleutel);
        }

        List<Object> lijst(Map<String, Object> m, String sleutel, String veld) throws OngeldigBestand {
            Object w = m.get(sleutel);
            if (w == null) {
                return List.of();
            }
            if (!(w instanceof List<?> l)) {
                throw new OngeldigBestand(c, veld, "must be an array, not " + soort(w));
            }
            return new ArrayList<>(l);
        }

        private static String soort(Object w) {
            if (w == null) {
                return "null";
            }
            if (w instanceof String) {
                return "a string";
            }
            if (w instanceof Boolean) {
                return w.toString();
            }
            if (w instanceof BigDecimal) {
                return "a number";
            }
            if (w instanceof List) {
                return "an array";
            }
            return "an object";
        }
    }
}
