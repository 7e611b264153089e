package nl.jeugdportaal.inzage.policycheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for policy-check, read and written with Jackson's streaming parser and generator.
 *
 * <p>Objects become {@link LinkedHashMap} (input order kept, a duplicate key is an error: in a
 * scenario file it is nearly always a mistake that would silently drop a question), arrays
 * {@link ArrayList}, numbers {@link BigDecimal} as written, and {@code null} Java null.
 *
 * <p>On a syntax error the reader reports where it was in the document (e.g.
 * {@code cases[2].persons.kind.birthdate}) and, when it had already read it, the name of the
 * case, so that the single error line can name the case and the field.
 */
public final class Json {
    private static final JsonFactory FABRIEK = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
        // The names of the cases read so far, by index: a later syntax error in a case names it.
        Map<Integer, String> namen = new HashMap<>();
        try (JsonParser p = FABRIEK.createParser(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst)) {
            try {
                if (p.nextToken() == null) {
                    throw new FoutInJson("invalid JSON at line 1, column 1: the file holds no JSON", "", null);
                }
                Object waarde = waarde(p, namen);
                if (p.nextToken() != null) {
                    throw fout(p, "unexpected text after the end of the JSON document", namen);
                }
                return waarde;
            } catch (JsonProcessingException e) {
                throw fout(p, e.getOriginalMessage().replaceAll("\\s*at \\[Source.*", ""), namen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object waarde(JsonParser p, Map<Integer, String> namen) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String sleutel = p.currentName();
                    p.nextToken();
                    Object w = waarde(p, namen);
                    object.put(sleutel, w);
                    if (sleutel.equals("name") && w instanceof String naam && caseIndex(p.getParsingContext()) >= 0) {
                        namen.put(caseIndex(p.getParsingContext()), naam);
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> lijst = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    lijst.add(waarde(p, namen));
                }
                return lijst;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new BigDecimal(p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            default -> {
                return null;
            }
        }
    }

    /** The index of the case whose own object {@code c} is ({@code cases[i]}), or -1. */
    private static int caseIndex(JsonStreamContext c) {
        JsonStreamContext lijst = c.getParent();
        boolean inCases = c.inObject() && lijst != null && lijst.inArray() && lijst.getParent() != null
                && lijst.getParent().getParent() != null && lijst.getParent().getParent().inRoot()
                && "cases".equals(lijst.getParent().getCurrentName());
        return inCases ? lijst.getCurrentIndex() : -1;
    }

    private static FoutInJson fout(JsonParser p, String wat, Map<Integer, String> namen) {
        List<JsonStreamContext> keten = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            keten.add(0, c);
        }
        StringBuilder pad = new StringBuilder();
        String naam = null;
        for (JsonStreamContext c : keten) {
            if (c.inArray()) {
                pad.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                pad.append(pad.length() > 0 ? "." : "").append(c.getCurrentName());
            }
            if (caseIndex(c) >= 0) {
                naam = namen.get(caseIndex(c));
            }
        }
        var plek = p.currentLocation();
        return new FoutInJson("invalid JSON at line " + plek.getLineNr() + ", column " + plek.getColumnNr() + ": " + wat,
                pad.toString(), naam);
    }

    /** Compact JSON of maps, lists, strings, numbers, booleans and null (text as UTF-8, not escaped). */
    public static String schrijf(Object waarde) {
        StringWriter uit = new StringWriter();
        try (JsonGenerator g = FABRIEK.createGenerator(uit)) {
            schrijf(g, waarde);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }

    public static void schrijf(StringBuilder b, Object waarde) {
        b.append(schrijf(waarde));
    }

    private static void schrijf(JsonGenerator g, Object waarde) throws IOException {
        if (waarde instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                schrijf(g, e.getValue());
            }
            g.writeEndObject();
        } else if (waarde instanceof List<?> lijst) {
            g.writeStartArray();
            for (Object w : lijst) {
                schrijf(g, w);
            }
            g.writeEndArray();
        } else if (waarde == null || waarde instanceof String || waarde instanceof Boolean || waarde instanceof Number) {
            g.writeObject(waarde);
        } else {
            throw new IllegalArgumentException("cannot write " + waarde.getClass().getName() + " as JSON");
        }
    }
}
