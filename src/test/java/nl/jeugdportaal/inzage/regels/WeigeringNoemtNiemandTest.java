package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN §2 rule 9 as a property over generated families (seeded, so a failure can be replayed): no
 * refusal, of a whole stuk or of one deel, contains the name of a person outside the dossier's
 * child, its parents and its voogd. They are "iemand anders", so Mark does not learn that Sanne has a
 * vertrouwenspersoon, nor which relative talked to the GI.
 */
class WeigeringNoemtNiemandTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);
    private static final Map<String, String> NAMEN = Map.of("kind", "Noor", "broer", "Daan", "zus", "Lotte",
            "moeder", "Sanne", "vader", "Mark", "oma", "Ria", "vp", "Femke", "curator", "Willem");
    private static final List<String> SOORTEN = java.util.Arrays.asList("GESPREKSVERSLAG", "BESCHIKKING", "VERZOEKSCHRIFT", null);

    private final Inzageregels regels = new Inzageregels();

    @Test
    void eenWeigeringNoemtAlleenKindOudersEnVoogd() {
        Random r = new Random(9);
        int weigeringen = 0;
        int anders = 0;
        for (int n = 0; n < 1500; n++) {
            Situatie s = metNamenEnKind(InzageregelsEigenschappenTest.willekeurig(r));
            Set<String> familie = familie(s);
            List<String> buiten = NAMEN.keySet().stream().filter(id -> !familie.contains(id)).map(NAMEN::get).toList();
            for (String kijker : s.personen().keySet()) {
                for (int i = 0; i < 6; i++) {
                    Stukvraag stuk = willekeurigStuk(r);
                    Inzageantwoord a = regels.beantwoord(s, kijker, stuk, VANDAAG);
                    List<Besluit> besluiten = new ArrayList<>(a.delen());
                    besluiten.add(a.besluit());
                    for (Besluit b : besluiten) {
                        if (b.toegestaan()) {
                            continue;
                        }
                        weigeringen++;
                        String tekst = b.reden() + " | " + b.nodig();
                        anders += tekst.contains("iemand anders") ? 1 : 0;
                        for (String naam : buiten) {
                            assertFalse(tekst.contains(naam), () -> naam + " genoemd aan " + kijker + " over " + stuk
                                    + ": " + tekst + "\n" + s);
                        }
                    }
                }
            }
        }
        assertTrue(weigeringen > 10_000, "too few refusals: " + weigeringen);
        assertTrue(anders > 1_000, "too few refusals about someone else: " + anders);
    }

    private static Situatie metNamenEnKind(Situatie s) {
        return new Situatie(s.personen(), s.relaties(), s.wilsonbekwaam(), s.toestemmingen(), s.machtigingen(),
                s.medewerkers(), NAMEN, "kind");
    }

    private static Set<String> familie(Situatie s) {
        Set<String> ids = new LinkedHashSet<>(List.of("kind"));
        for (Relatie rel : s.relaties()) {
            if (rel.van().equals("kind") && rel.soort() != Relatiesoort.VERTEGENWOORDIGER) {
                ids.add(rel.persoon());
            }
        }
        return ids;
    }

    private static Stukvraag willekeurigStuk(Random r) {
        List<String> ids = new ArrayList<>(NAMEN.keySet());
        java.util.Collections.sort(ids);
        Set<String> over = new LinkedHashSet<>();
        int aantal = 1 + r.nextInt(3);
        for (int i = 0; i < aantal; i++) {
            over.add(ids.get(r.nextInt(ids.size())));
        }
        List<Set<String>> delen = new ArrayList<>();
        if (r.nextBoolean()) {
            for (String p : over) {
                delen.add(Set.of(p));
            }
        }
        return new Stukvraag(over, r.nextInt(10) == 0, SOORTEN.get(r.nextInt(SOORTEN.size())), delen);
    }
}
