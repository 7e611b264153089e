package nl.jeugdportaal.inzage.policycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI in-process: mapping the contract's fields, defaults, and one clear error line per bad file. */
class PolicyCheckTest {

    @TempDir
    Path tmp;

    private static final String GOED = """
            {"cases": [{"name": "basis", "today": "2026-11-22", "child": "kind",
              "persons": {"kind": {"birthdate": "2009-01-20"}, "moeder": {"birthdate": "1980-01-01", "name": "Sanne"}},
              "relations": [{"type": "ouder", "person": "moeder", "of": "kind", "gezag": true}],
              "wilsonbekwaam": [], "consents": [{"from": "kind", "to": "moeder", "since": "2026-09-01", "until": null}],
              "mandates": [],
              "entries": {"e1": {"about": ["kind"]}, "e2": {"about": ["kind"], "shielded": true}},
              "ask": [{"viewer": "moeder", "entry": "e1"}, {"viewer": "moeder", "entry": "e2"}, {"viewer": "kind", "entry": "e1"}]}]}
            """;

    private record Uitvoer(int code, String out, String err) {
    }

    private Uitvoer draai(String json) throws IOException {
        Path f = tmp.resolve("scenario.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PolicyCheck.run(new String[] {f.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void beantwoordtInVolgorde() throws Exception {
        Uitvoer u = draai(GOED);
        assertEquals(0, u.code(), u.err());
        assertEquals("", u.err());
        List<?> results = (List<?>) ((Map<?, ?>) Json.lees(u.out())).get("results");
        assertEquals(3, results.size());
        Map<?, ?> eerste = (Map<?, ?>) results.get(0);
        assertEquals(List.of("case", "viewer", "entry", "allowed", "reason"), List.copyOf(eerste.keySet()));
        assertEquals("basis", eerste.get("case"));
        assertEquals(Boolean.TRUE, eerste.get("allowed"), "consents[].about defaults to from");
        assertEquals(Boolean.FALSE, ((Map<?, ?>) results.get(1)).get("allowed"));
        assertEquals("e1", ((Map<?, ?>) results.get(2)).get("entry"));
    }

    @Test
    void uitbreidingenStaffEnIntrekking() throws Exception {
        String json = GOED.replace("\"until\": null}]", "\"until\": null, \"withdrawn\": \"2026-11-22\"}]")
                .replace("\"mandates\": [],", "\"mandates\": [], \"staff\": [\"jb\"],")
                .replace("{\"viewer\": \"kind\", \"entry\": \"e1\"}", "{\"viewer\": \"jb\", \"entry\": \"e2\"}");
        Uitvoer u = draai(json);
        assertEquals(0, u.code(), u.err());
        List<?> results = (List<?>) ((Map<?, ?>) Json.lees(u.out())).get("results");
        assertEquals(Boolean.FALSE, ((Map<?, ?>) results.get(0)).get("allowed"), "withdrawn today counts as absent");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) results.get(2)).get("allowed"), "staff see shielded entries");
    }

    @Test
    void legeLijstGeeftLegeResultaten() throws Exception {
        Uitvoer u = draai("{\"cases\": []}");
        assertEquals(0, u.code());
        assertEquals(Map.of("results", List.of()), Json.lees(u.out()));
    }

    static Stream<Arguments> fouten() {
        return Stream.of(
                Arguments.of("\"2009-01-20\"}, \"moeder\"", "\"2009-13-20\"}, \"moeder\"", "persons.kind.birthdate"),
                Arguments.of("\"2009-01-20\"}, \"moeder\"", "\"20-01-2009\"}, \"moeder\"", "persons.kind.birthdate"),
                Arguments.of("\"today\": \"2026-11-22\",", "", "today"),
                Arguments.of("\"type\": \"ouder\"", "\"type\": \"oom\"", "relations[0].type"),
                Arguments.of(", \"gezag\": true}", "}", "relations[0].gezag"),
                Arguments.of("\"shielded\": true", "\"shieldd\": true", "entries.e2.shieldd"),
                Arguments.of("\"shielded\": true", "\"shielded\": \"ja\"", "entries.e2.shielded"),
                Arguments.of("{\"viewer\": \"moeder\", \"entry\": \"e1\"}", "{\"viewer\": \"tante\", \"entry\": \"e1\"}", "ask[0].viewer"),
                Arguments.of("{\"viewer\": \"moeder\", \"entry\": \"e1\"}", "{\"viewer\": \"moeder\", \"entry\": \"e9\"}", "ask[0].entry"),
                Arguments.of("\"about\": [\"kind\"], \"shielded\"", "\"about\": [\"oom\"], \"shielded\"", "entries.e2.about[0]"),
                Arguments.of("\"since\": \"2026-09-01\", \"until\": null", "\"since\": \"2026-09-01\", \"until\": \"2026-01-01\"", "consents[0].until"),
                Arguments.of("\"child\": \"kind\"", "\"child\": 7", "child"),
                Arguments.of("\"mandates\": []", "\"mandates\": {}", "mandates"),
                Arguments.of("\"e1\": {\"about\": [\"kind\"]}", "\"e1\": {\"about\": [\"kind\"]]", "entries.e1.about"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("fouten")
    void eenRegelMetCaseEnVeld(String van, String naar, String veld) throws Exception {
        assertTrue(GOED.contains(van), van);
        Uitvoer u = draai(GOED.replace(van, naar));
        assertEquals(2, u.code(), u.out());
        assertEquals("", u.out(), "nothing on stdout when the file is wrong");
        String[] regels = u.err().split("\n");
        assertEquals(1, regels.length, u.err());
        assertTrue(regels[0].contains("case \"basis\""), regels[0]);
        assertTrue(regels[0].contains("field \"" + veld + "\""), regels[0]);
    }

    @Test
    void onleesbaarBestand() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PolicyCheck.run(new String[] {tmp.resolve("bestaat-niet.json").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read the file"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).split("\n").length);
    }

    @Test
    void geenUtf8() throws Exception {
        Path f = tmp.resolve("latin1.json");
        Files.write(f, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PolicyCheck.run(new String[] {f.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not valid UTF-8"));
    }

    @Test
    void zonderArgumentGebruik() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PolicyCheck.run(new String[0], new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }
}
