package nl.jeugdportaal.inzage.policycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void leestAlleSoortenWaarden() throws Exception {
        Object w = Json.lees(" {\"a\": [1, -2.5e3, 0, true, false, null], \"b\": {\"c\": \"d\"}, \"e\": []} ");
        Map<?, ?> m = (Map<?, ?>) w;
        assertEquals(List.of("a", "b", "e"), List.copyOf(m.keySet()));
        List<?> a = (List<?>) m.get("a");
        assertEquals(new BigDecimal("1"), a.get(0));
        assertEquals(new BigDecimal("-2.5e3"), a.get(1));
        assertEquals(Boolean.TRUE, a.get(3));
        assertNull(a.get(5));
        assertEquals(Map.of("c", "d"), m.get("b"));
    }

    @Test
    void escapesEnUnicode() throws Exception {
        String tekst = (String) Json.lees("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00 ë\"");
        assertEquals("a\"b\\c/d\n\té\uD83D\uDE00 ë", tekst);
    }

    @Test
    void schrijftGeldigeJsonMetUnicode() throws Exception {
        // Jackson writes text as itself (the output is UTF-8) and escapes what JSON cannot take raw.
        String origineel = "Zoë \"quote\" \\ \n\t\u0001 \u2028 \uD83D\uDE00";
        String json = Json.schrijf(origineel);
        assertEquals("\"Zoë \\\"quote\\\" \\\\ \\n\\t\\u0001 \u2028 \uD83D\uDE00\"", json);
        assertEquals(origineel, Json.lees(json));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", List.of(true, 1, "é"));
        m.put("y", null);
        assertEquals("{\"x\":[true,1,\"é\"],\"y\":null}", Json.schrijf(m));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "\"open", "{\"a\":1}x", "01", "1.", "-",
        "tru", "\"\\x\"", "\"\\u12\"", "{a:1}", "[1,]", "\"tab\there\"", "{\"a\":1,\"a\":2}"})
    void weigertOngeldigeJson(String tekst) {
        Json.FoutInJson e = assertThrows(Json.FoutInJson.class, () -> Json.lees(tekst));
        assertTrue(e.getMessage().startsWith("invalid JSON at line "), e.getMessage());
    }

    @Test
    void foutNoemtPadEnCase() {
        String tekst = "{\"cases\": [{\"name\": \"a\"}, {\"name\": \"kapot\",\n \"persons\": {\"kind\": {\"birthdate\": 2012-01-01}}}]}";
        Json.FoutInJson e = assertThrows(Json.FoutInJson.class, () -> Json.lees(tekst));
        assertEquals("cases[1].persons.kind.birthdate", e.pad());
        assertEquals("kapot", e.caseNaam());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void dubbeleSleutelNoemtHetVeld() {
        Json.FoutInJson e = assertThrows(Json.FoutInJson.class, () -> Json.lees("{\"cases\":[{\"name\":\"x\",\"name\":\"y\"}]}"));
        assertEquals("cases[0].name", e.pad());
        assertEquals("x", e.caseNaam());
    }
}
