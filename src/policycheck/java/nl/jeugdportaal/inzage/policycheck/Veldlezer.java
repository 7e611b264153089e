package nl.jeugdportaal.inzage.policycheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed access to one case's fields; {@code c} names the case in every error. */
final class Veldlezer {
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    String c;
    /** The ids under "persons", once read: lets a message tell persons from persons-or-staff. */
    Set<String> personen;

    Veldlezer(String c) {
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object waarde, String c, String veld, String anders) throws OngeldigBestand {
        if (waarde instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new OngeldigBestand(c, veld, anders);
    }

    static void alleenBekend(Map<String, Object> m, String c, String veld, Set<String> toegestaan)
            throws OngeldigBestand {
        for (String sleutel : m.keySet()) {
            if (!toegestaan.contains(sleutel) && !sleutel.startsWith("_") && !sleutel.equals("comment")) {
                throw new OngeldigBestand(c, veld.isEmpty() ? sleutel : veld + "." + sleutel,
                        "unknown field (expected one of " + String.join(", ", new java.util.TreeSet<>(toegestaan)) + ")");
            }
        }
    }
}
