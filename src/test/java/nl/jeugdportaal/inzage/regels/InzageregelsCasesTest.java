package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.jeugdportaal.inzage.policycheck.OngeldigBestand;
import nl.jeugdportaal.inzage.policycheck.PolicyCheck;
import nl.jeugdportaal.inzage.policycheck.Scenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every question of our own table (src/test/resources/inzage/cases.json, expected answers
 * written by hand from DOMAIN.md §2) and of the contract's examples through the component,
 * one test per question named after its case.
 */
class InzageregelsCasesTest {

    private final Inzageregels regels = new Inzageregels();

    @Test
    void deTabelIsGrootGenoeg() throws OngeldigBestand {
        List<Scenarios.Geval> gevallen = PolicyCheck.lees(TestBestanden.cases());
        assertTrue(gevallen.size() >= 150, "at least 150 cases, found " + gevallen.size());
        for (Scenarios.Geval g : gevallen) {
            for (Scenarios.Vraag v : g.vragen()) {
                assertNotNull(v.verwacht(), g.naam() + ": every question states the expected 'allowed'");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> eigenTabel() throws OngeldigBestand {
        return vragen(PolicyCheck.lees(TestBestanden.cases()));
    }

    @TestFactory
    Stream<DynamicTest> voorbeeldenUitHetContract() throws OngeldigBestand {
        Path voorbeelden = TestBestanden.voorbeelden();
        assumeTrue(Files.exists(voorbeelden), "../shared/contracts/examples.json is not beside the project");
        return vragen(PolicyCheck.lees(voorbeelden));
    }

    private Stream<DynamicTest> vragen(List<Scenarios.Geval> gevallen) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenarios.Geval g : gevallen) {
            for (Scenarios.Vraag v : g.vragen()) {
                Scenarios.Stuk stuk = g.stukken().get(v.stuk());
                String naam = g.naam() + ": " + v.kijker() + " -> " + v.stuk() + (v.verwacht() ? " ja" : " nee");
                tests.add(DynamicTest.dynamicTest(naam, () -> {
                    Inzageantwoord a = regels.beantwoord(g.situatie(), v.kijker(), stuk.vraag(), g.vandaag());
                    Besluit b = a.besluit();
                    assertEquals(stuk.delen().size(), a.delen().size(), "one answer per deel");
                    assertEquals(a.delen().stream().allMatch(Besluit::toegestaan) || a.delen().isEmpty() ? b.toegestaan() : false,
                            b.toegestaan(), "the whole stuk only when every deel");
                    assertEquals(v.verwacht(), b.toegestaan(), () -> "reason: " + b.reden() + " [" + b.regel() + "]");
                    assertFalse(b.reden().isBlank());
                    assertEquals(b.toegestaan(), b.regel().staatToe());
                    if (!b.toegestaan()) {
                        assertNotNull(b.nodig(), "a refusal says what would be needed");
                    }
                }));
            }
        }
        return tests.stream();
    }
}
