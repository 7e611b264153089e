package nl.jeugdportaal.inzage.policycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code scripts/policy-check} as an FG or CI would, from the project root (Maven's
 * working directory for tests).
 */
class PolicyCheckScriptTest {

    private static final Path SCRIPT = Path.of("scripts", "policy-check").toAbsolutePath();

    @TempDir
    Path tmp;

    private record Uitvoer(int code, String out, String err, long ms) {
    }

    @BeforeAll
    static void scriptAanwezig() {
        assumeTrue(Files.isExecutable(SCRIPT), "scripts/policy-check not found from " + Path.of("").toAbsolutePath());
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash");
    }

    private Uitvoer draai(Path bestand, Path werkmap) throws IOException, InterruptedException {
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), bestand.toString())
                .directory(werkmap.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Use the JDK running the tests, when it has a javac, rather than whatever PATH finds.
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (Files.isExecutable(javaHome.resolve("bin").resolve("javac"))) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
        }
        long start = System.nanoTime();
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "policy-check did not finish in 120 s");
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Uitvoer(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), ms);
    }

    /** Checks every result against the input's expected "allowed", in input order. */
    private static void vergelijk(Path invoer, Uitvoer u) throws Exception {
        assertEquals(0, u.code(), u.err());
        List<?> cases = (List<?>) ((Map<?, ?>) Json.lees(Files.readString(invoer))).get("cases");
        List<?> results = (List<?>) ((Map<?, ?>) Json.lees(u.out())).get("results");
        int i = 0;
        for (Object c : cases) {
            Map<?, ?> geval = (Map<?, ?>) c;
            for (Object q : (List<?>) geval.get("ask")) {
                Map<?, ?> vraag = (Map<?, ?>) q;
                Map<?, ?> r = (Map<?, ?>) results.get(i++);
                String wat = geval.get("name") + ": " + vraag.get("viewer") + " -> " + vraag.get("entry");
                assertEquals(geval.get("name"), r.get("case"));
                assertEquals(vraag.get("viewer"), r.get("viewer"), wat);
                assertEquals(vraag.get("entry"), r.get("entry"), wat);
                assertEquals(vraag.get("allowed"), r.get("allowed"), () -> wat + ": " + r.get("reason"));
                assertTrue(r.get("reason") instanceof String s && !s.isBlank(), wat);
            }
        }
        assertEquals(i, results.size());
    }

    @Test
    void voorbeeldenUitHetContract() throws Exception {
        Path voorbeelden = Path.of("..", "shared", "contracts", "examples.json").toAbsolutePath().normalize();
        assumeTrue(Files.exists(voorbeelden), "../shared/contracts/examples.json is not beside the project");
        vergelijk(voorbeelden, draai(voorbeelden, Path.of("").toAbsolutePath()));
    }

    @Test
    void eigenTabelVanuitEenAndereMap() throws Exception {
        Path cases = Path.of("src", "test", "resources", "inzage", "cases.json").toAbsolutePath();
        // Run from elsewhere with a relative path: the script must find its sources itself.
        Path relatief = tmp.relativize(cases);
        vergelijk(cases, draai(relatief, tmp));
    }

    @Test
    void kapotBestandGeeftExit2EnEenRegel() throws Exception {
        Path f = tmp.resolve("kapot.json");
        Files.writeString(f, """
                {"cases": [{"name": "kapotte datum", "today": "2026-11-22", "child": "kind",
                  "persons": {"kind": {"birthdate": "2012-02-30"}},
                  "entries": {"e1": {"about": ["kind"]}}, "ask": [{"viewer": "kind", "entry": "e1"}]}]}
                """);
        Uitvoer u = draai(f, tmp);
        assertEquals(2, u.code());
        assertEquals("", u.out());
        String[] regels = u.err().strip().split("\n");
        assertEquals(1, regels.length, u.err());
        assertTrue(regels[0].contains("kapotte datum") && regels[0].contains("persons.kind.birthdate"), regels[0]);
    }

    @Test
    void syntaxfoutNoemtCaseEnVeld() throws Exception {
        Path f = tmp.resolve("syntax.json");
        Files.writeString(f, "{\"cases\": [{\"name\": \"halve vraag\", \"today\": \"2026-11-22\",\n"
                + "\"persons\": {}, \"entries\": {}, \"ask\": [{\"viewer\": \"kind\" \"entry\": \"e1\"}]}]}");
        Uitvoer u = draai(f, tmp);
        assertEquals(2, u.code());
        String[] regels = u.err().strip().split("\n");
        assertEquals(1, regels.length, u.err());
        assertTrue(regels[0].contains("halve vraag") && regels[0].contains("ask[0]"), regels[0]);
    }

    @Test
    void duizendVragenOnderDertigSeconden() throws Exception {
        StringBuilder ask = new StringBuilder();
        String[] kijkers = {"kind", "moeder", "vader", "vp", "jb"};
        String[] stukken = {"e1", "e2", "e3", "e4"};
        for (int i = 0; i < 1000; i++) {
            ask.append(i == 0 ? "" : ",").append("{\"viewer\":\"").append(kijkers[i % kijkers.length])
                    .append("\",\"entry\":\"").append(stukken[i % stukken.length]).append("\"}");
        }
        Path f = tmp.resolve("duizend.json");
        Files.writeString(f, """
                {"cases": [{"name": "duizend", "today": "2026-11-22", "child": "kind", "staff": ["jb"],
                  "persons": {"kind": {"birthdate": "2012-06-01"}, "moeder": {"birthdate": "1980-01-01"},
                              "vader": {"birthdate": "1979-01-01"}, "vp": {"birthdate": "1970-01-01"}},
                  "relations": [{"type": "ouder", "person": "moeder", "of": "kind", "gezag": true},
                                {"type": "ouder", "person": "vader", "of": "kind", "gezag": true}],
                  "consents": [{"from": "kind", "to": "vp", "since": "2026-01-01", "until": null}],
                  "mandates": [{"from": "moeder", "to": "vp", "since": "2026-01-01", "until": null}],
                  "entries": {"e1": {"about": ["kind"]}, "e2": {"about": ["moeder"]},
                              "e3": {"about": ["kind", "vader"]}, "e4": {"about": ["kind"], "shielded": true}},
                  "ask": [%s]}]}
                """.formatted(ask));
        draai(f, tmp); // the first run may compile
        Uitvoer u = draai(f, tmp);
        assertEquals(0, u.code(), u.err());
        assertEquals(1000, ((List<?>) ((Map<?, ?>) Json.lees(u.out())).get("results")).size());
        assertTrue(u.ms() < 30_000, "1000 questions took " + u.ms() + " ms");
    }

    @Test
    void compileertAlleenDeRegelsEnDeCli() throws IOException {
        Path klassen = Path.of("target", "policy-check", "classes", "nl", "jeugdportaal", "inzage");
        assumeTrue(Files.isDirectory(klassen), "the script has not run yet");
        List<String> pakketten = new ArrayList<>();
        try (var s = Files.list(klassen)) {
            s.forEach(p -> pakketten.add(p.getFileName().toString()));
        }
        pakketten.sort(null);
        assertEquals(List.of("policycheck", "regels"), pakketten);
        assertFalse(Files.exists(klassen.resolve("regels").resolve("Inzageregels.java")));
        assertTrue(new File(klassen.toFile(), "regels/Inzageregels.class").exists());
    }
}
