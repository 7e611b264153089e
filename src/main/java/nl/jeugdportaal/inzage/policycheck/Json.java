package nl.jeugdportaal.inzage.policycheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.inzage.regels.Lezer;

/**
 * A small JSON reader and writer (RFC 8259), so that policy-check runs with nothing but a JDK.
 *
 * <p>Objects become {@link LinkedHashMap} (input order kept, a duplicate key is an error: in a
 * scenario file it is nearly always a mistake that would silently drop a question), arrays
 * {@link ArrayList}, numbers {@link BigDecimal}, and {@code null} Java null.
 *
 * <p>On an error the reader reports where it was in the document (e.g.
 * {@code cases[2].persons.kind.birthdate}) and, when it had already read it, the name of the
 * case, so that the single error line can name the case and the field.
 */
public final class Json {

    private Json() {
    }

    /** A syntax error, with the path of the value being read and the case name if known. */
    public static final class FoutInJson extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pad;
        private final String caseNaam;

        FoutInJson(String bericht, String pad, String caseNaam) {
            super(bericht);
            this.pad = pad;
            this.caseNaam = caseNaam;
        }

        /** Where in the document, like {@code cases[2].persons}; empty at the top level. */
        public String pad() {
            return pad;
        }

        /** The {@code name} of the case being read, or null when not (yet) known. */
        public String caseNaam() {
            return caseNaam;
        }
    }

    public static Object lees(String tekst) throws FoutInJson {
        Lezer lezer = new Lezer(tekst);
        lezer.spatie();
        if (lezer.pos < tekst.length() && tekst.charAt(lezer.pos) == '\uFEFF') {
            lezer.pos++;
            lezer.spatie();
        }
        Object waarde = lezer.waarde();
        lezer.spatie();
        if (lezer.pos != tekst.length()) {
            throw lezer.fout("unexpected text after the end of the JSON document");
        }
        return waarde;
    }

    private static final class Lezer {
        private final String s;
        private int pos;
        /** The keys (String) and indexes (Integer) leading to the value being read. */
        private final List<Object> pad = new ArrayList<>();
        /** The containers being built, outermost first; used to find the case's name on an error. */
        private final List<Object> open = new ArrayList<>();

        Lezer(String s) {
            this.s = s;
        }

        FoutInJson fout(String wat) {
            int regel = 1;
            int kolom = 1;
            for (int i = 0; i < Math.min(pos, s.length()); i++) {
                if (s.charAt(i) == '\n') {
                    regel++;
                    kolom = 1;
                } else {
                    kolom++;
                }
            }
            return new FoutInJson("invalid JSON at line " + regel + ", column " + kolom + ": " + wat,
                    padTekst(pad), caseNaam());
        }

        private String caseNaam() {
            // open = [root object, cases array, case object, ...] when inside cases[i].
            if (open.size() > 2 && "cases".equals(pad.get(0)) && open.get(2) instanceof Map<?, ?> m
                    && m.get("name") instanceof String naam) {
                return naam;
            }
            return null;
        }

        void spatie() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        Object waarde() throws FoutInJson {
            if (pos >= s.length()) {
                throw fout("unexpected end of file");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    woord("true");
                    return Boolean.TRUE;
                case 'f':
                    woord("false");
                    return Boolean.FALSE;
                case 'n':
                    woord("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return getal();
                    }
                    throw fout("unexpected character '" + zichtbaar(c) + "'");
            }
        }

        private void woord(String w) throws FoutInJson {
            if (!s.startsWith(w, pos)) {
                throw fout("expected '" + w + "'");
            }
            pos += w.length();
        }

        private Map<String, Object> object() throws FoutInJson {
            Map<String, Object> map = new LinkedHashMap<>();
            open.add(map);
            pos++;
            spatie();
            if (volgende() == '}') {
                pos++;
                open.remove(open.size() - 1);
                return map;
            }
            while (true) {
                spatie();
                if (volgende() != '"') {
                    throw fout("expected a field name in double quotes");
                }
                String sleutel = string();
                if (map.containsKey(sleutel)) {
                    pad.add(sleutel);
                    throw fout("field \"" + sleutel + "\" appears twice");
                }
                spatie();
                if (volgende() != ':') {
                    throw fout("expected ':' after field name \"" + sleutel + "\"");
                }
                pos++;
                spatie();
                pad.add(sleutel);
                map.put(sleutel, waarde());
                spatie();
                char c = volgende();
                if (c != ',' && c != '}') {
                    // Still on this field: a missing comma is reported at the value it follows.
                    throw fout("expected ',' or '}' after field \"" + sleutel + "\"");
                }
                pad.remove(pad.size() - 1);
                pos++;
                if (c == '}') {
                    open.remove(open.size() - 1);
                    return map;
                }
            }
        }

        private List<Object> array() throws FoutInJson {
            List<Object> lijst = new ArrayList<>();
            open.add(lijst);
            pos++;
            spatie();
            if (volgende() == ']') {
                pos++;
                open.remove(open.size() - 1);
                return lijst;
            }
            while (true) {
                spatie();
                pad.add(lijst.size());
                lijst.add(waarde());
                spatie();
                char c = volgende();
                if (c != ',' && c != ']') {
                    throw fout("expected ',' or ']'");
                }
                pad.remove(pad.size() - 1);
                pos++;
                if (c == ']') {
                    open.remove(open.size() - 1);
                    return lijst;
                }
            }
        }

        /** The next character, or NUL at the end (NUL cannot appear raw in valid JSON there). */
        private char volgende() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private String string() throws FoutInJson {
            int begin = pos;
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    pos = begin;
                    throw fout("string is not closed");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw fout("control character " + zichtbaar(c) + " in a string must be escaped");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw fout("string is not closed");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case '/' -> b.append('/');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    // Surrogate pairs arrive as two escapes and join by themselves in a Java String.
                    case 'u' -> b.append(hex4());
                    default -> {
                        pos--;
                        throw fout("unknown escape \\" + zichtbaar(e));
                    }
                }
            }
        }

        private char hex4() throws FoutInJson {
            if (pos + 4 > s.length()) {
                throw fout("\\u needs four hex digits");
            }
            int waarde = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(pos + i), 16);
                if (d < 0) {
                    throw fout("\\u needs four hex digits");
                }
                waarde = waarde * 16 + d;
            }
            pos += 4;
            return (char) waarde;
        }

        private BigDecimal getal() throws FoutInJson {
            int begin = pos;
            if (volgende() == '-') {
                pos++;
            }
            if (volgende() == '0') {
                pos++;
            } else if (cijfer()) {
                while (cijfer()) {
                    pos++;
                }
            } else {
                throw fout("expected a digit");
            }
            if (volgende() == '.') {
                pos++;
                if (!cijfer()) {
                    throw fout("expected a digit after '.'");
                }
                while (cijfer()) {
                    pos++;
                }
            }
            if (volgende() == 'e' || volgende() == 'E') {
                pos++;
                if (volgende() == '+' || volgende() == '-') {
                    pos++;
                }
                if (!cijfer()) {
                    throw fout("expected a digit in the exponent");
                }
                while (cijfer()) {
                    pos++;
                }
            }
            return new BigDecimal(s.substring(begin, pos));
        }

        private boolean cijfer() {
            char c = volgende();
            return c >= '0' && c <= '9';
        }
    }

    private static String zichtbaar(char c) {
        return c < 0x20 || c == 0x7F ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    /** {@code cases[2].persons.kind}: how a person would point at a field. */
    static String padTekst(List<Object> pad) {
        StringBuilder b = new StringBuilder();
        for (Object deel : pad) {
            if (deel instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(deel);
            }
        }
        return b.toString();
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** Compact JSON of maps, lists, strings, numbers, booleans and null. */
    public static String schrijf(Object waarde) {
        StringBuilder b = new StringBuilder();
        schrijf(b, waarde);
        return b.toString();
    }

    public static void schrijf(StringBuilder b, Object waarde) {
        if (waarde == null) {
            b.append("null");
        } else if (waarde instanceof String tekst) {
            string(b, tekst);
        } else if (waarde instanceof Boolean || waarde instanceof Integer || waarde instanceof Long
                || waarde instanceof BigDecimal) {
            b.append(waarde);
        } else if (waarde instanceof Map<?, ?> map) {
            b.append('{');
            boolean eerst = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!eerst) {
                    b.append(',');
                }
                eerst = false;
                string(b, String.valueOf(e.getKey()));
                b.append(':');
                schrijf(b, e.getValue());
            }
            b.append('}');
        } else if (waarde instanceof List<?> lijst) {
            b.append('[');
            for (int i = 0; i < lijst.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                schrijf(b, lijst.get(i));
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + waarde.getClass().getName() + " as JSON");
        }
    }

    /**
     * Non-ASCII text is written as itself (the output is UTF-8); what JSON or a JavaScript consumer
     * cannot take raw is escaped: quotes, backslash, control characters, U+2028/U+2029 and a lone
     * surrogate, which has no UTF-8 form at all.
     */
    public static void string(StringBuilder b, String tekst) {
        b.append('"');
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        unicode(b, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < tekst.length()
                            && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                        b.append(c).append(tekst.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void unicode(StringBuilder b, char c) {
        b.append(String.format("\\u%04x", (int) c));
    }
}
