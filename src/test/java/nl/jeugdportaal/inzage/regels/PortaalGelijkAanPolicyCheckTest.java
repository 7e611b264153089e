package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.jeugdportaal.inzage.policycheck.Json;
import nl.jeugdportaal.inzage.policycheck.PolicyCheck;
import nl.jeugdportaal.inzage.policycheck.Scenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * DOMAIN §2 rule 6: {@code scripts/policy-check} and the portal give the same answer. The portal
 * shows one view per page: the viewer's own, or acting for one client whose machtiging is valid
 * today (KijkerBron); each page's situation is made by {@link Situatie#voor} and judged by the
 * single-view {@link Inzageregels#beantwoord(Situatie, Blik, Stukvraag, java.time.LocalDate)}, as
 * InzageService does. Here every such page a viewer could open is asked, and what the best one
 * shows (the whole stuk, or how many delen) must be exactly policy-check's printed answer, for every
 * question of the contract's examples and of our own table.
 */
class PortaalGelijkAanPolicyCheckTest {

    private final Inzageregels regels = new Inzageregels();

    @TestFactory
    Stream<DynamicTest> eigenTabel() throws Exception {
        return vergelijk(TestBestanden.cases());
    }

    @TestFactory
    Stream<DynamicTest> voorbeeldenUitHetContract() throws Exception {
        Path voorbeelden = TestBestanden.voorbeelden();
        assumeTrue(Files.exists(voorbeelden), "../shared/contracts/examples.json is not beside the project");
        return vergelijk(voorbeelden);
    }

    @SuppressWarnings("unchecked")
    private Stream<DynamicTest> vergelijk(Path bestand) throws Exception {
        List<Scenarios.Geval> gevallen = PolicyCheck.lees(bestand);
        Map<String, Object> uitvoer = (Map<String, Object>) Json.lees(PolicyCheck.antwoord(gevallen));
        List<Object> resultaten = (List<Object>) uitvoer.get("results");
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (Scenarios.Geval g : gevallen) {
            for (Scenarios.Vraag v : g.vragen()) {
                Map<String, Object> policyCheck = (Map<String, Object>) resultaten.get(i++);
                tests.add(DynamicTest.dynamicTest(g.naam() + ": " + v.kijker() + " -> " + v.stuk(), () -> {
                    Scenarios.Stuk stuk = g.stukken().get(v.stuk());
                    Inzageantwoord portaal = besteVanDePortaalpaginas(g, v.kijker(), stuk.vraag());
                    assertEquals(policyCheck.get("allowed"), portaal.besluit().toegestaan(), portaal.besluit().reden());
                    List<Object> delen = (List<Object>) policyCheck.getOrDefault("delen", List.of());
                    assertEquals(delen.size(), portaal.delen().size());
                    for (int d = 0; d < delen.size(); d++) {
                        assertEquals(((Map<String, Object>) delen.get(d)).get("allowed"), portaal.delen().get(d).toegestaan(),
                                "deel " + d);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** The pages the portal would let this viewer open today, each with its own situation, and the best answer. */
    private Inzageantwoord besteVanDePortaalpaginas(Scenarios.Geval g, String kijker, Stukvraag stuk) {
        List<Blik> paginas = new ArrayList<>(List.of(Blik.eigen(kijker)));
        for (Machtiging m : g.situatie().machtigingen()) {
            Blik namens = Blik.namens(kijker, m.van());
            if (m.aan().equals(kijker) && !m.van().equals(kijker) && m.geldigOp(g.vandaag()) && !paginas.contains(namens)) {
                paginas.add(namens);
            }
        }
        Inzageantwoord beste = null;
        for (Blik blik : paginas) {
            Inzageantwoord a = regels.beantwoord(g.situatie().voor(blik), blik, stuk, g.vandaag());
            if (beste == null || (a.besluit().toegestaan() && !beste.besluit().toegestaan())
                    || (a.besluit().toegestaan() == beste.besluit().toegestaan() && a.zichtbareDelen() > beste.zichtbareDelen())) {
                beste = a;
            }
        }
        return beste;
    }
}
