package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.Demofeiten.StukFeit;
import nl.jeugdportaal.testsupport.Dossierpagina;
import nl.jeugdportaal.testsupport.Dossierpagina.Dossierinhoud;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Sessies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every demo login and every dossier they can open, the dossier page shows exactly the stukken
 * DOMAIN.md §2 allows, and a line with a reason for each one it hides.
 *
 * <p>The expectation is worked out here by hand from the demo families (registratie.ndjson, demo.json) and
 * §2, written down as a table: whose data each viewer may see. A client sees a stuk when it is not
 * afgeschermd (§2.7) and every person it is about is in that set (§2: "every subject"), or one of
 * its delen is (§2.10: the page then shows that deel), or it is a court paper and the viewer is a
 * party (§2.10); staff on the case see every stuk. The rules component is never asked, so this test
 * can catch it being wrong.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
public class DossierInzagePerRolTest {

    /**
     * One line of the table.
     *
     * @param magZienOver     the demo persons whose data the viewer may see (ignored for staff)
     * @param medewerker      staff on the case: every stuk, afgeschermde too
     * @param partij          a party to the court papers: every ouder met gezag, the voogd, the wilsbekwame
     *                        child from 12 (§2.10)
     * @param aantalZichtbaar how many stukken that comes to, counted by hand in registratie.ndjson
     */
    public record Inzage(String login, String namens, String dossier, Set<String> magZienOver, boolean medewerker,
            boolean partij, int aantalZichtbaar, String waarom) {

        /** Whether the viewer may read this stuk (or a deel of it), by the table alone. */
        public boolean mag(StukFeit stuk) {
            return medewerker || (!stuk.afgeschermd() && ((partij && stuk.processtuk()) || stuk.alleenOver(magZienOver)
                    || stuk.eenDeelAlleenOver(magZienOver)));
        }

        @Override
        public String toString() {
            return login + (namens == null ? "" : " namens " + namens) + " → dossier " + dossier;
        }
    }

    private static Inzage ziet(String login, String dossier, Set<String> over, int aantal, String waarom) {
        return new Inzage(login, null, dossier, over, false, false, aantal, waarom);
    }

    private static Inzage partij(String login, String dossier, Set<String> over, int aantal, String waarom) {
        return new Inzage(login, null, dossier, over, false, true, aantal, waarom);
    }

    private static Inzage medewerker(String login, String dossier, int stukken) {
        return new Inzage(login, null, dossier, Set.of(), true, false, stukken,
                "staff on the case (its jeugdbeschermer, the leidinggevende of that team, the FG) see every stuk,"
                + " also afgeschermde");
    }

    // @formatter:off
    public static final List<Inzage> TABEL = List.of(
        partij("sanne",   "noor",    Set.of("sanne", "noor"),    21, "§2.1 her own data; §2.2 Noor is 9 and Sanne has gezag;"
                + " stukken also about Mark or Femke need their toestemming (§2.3), but the court papers are whole (§2.10)"
                + " and she sees her own deel of the talk with Femke"),
        ziet("mark",      "noor",    Set.of("mark"),              1, "§2.4 ouder zonder gezag: nothing about Noor; only the letter about himself"),
        partij("daan",    "daan",    Set.of("daan"),             19, "§2.2 Daan is 14: his own data and the court papers"),
        partij("linda",   "daan",    Set.of("linda", "daan"),    22, "§2.2 Daan is 14 and Linda has gezag (no consent of Daan needed); not Erik's data"),
        partij("erik",    "daan",    Set.of("erik", "daan"),     21, "as Linda, the other way round; the afgeschermde note about him stays hidden"),
        partij("elif",    "elif",    Set.of("elif"),             16, "§2.2 Elif is 16: her own data only, and the court papers"),
        partij("ayse",    "elif",    Set.of("ayse", "elif"),     20, "§2.2/§2.5 Elif (16) gave her mother toestemming about herself"),
        partij("murat",   "elif",    Set.of("murat"),             6, "§2.2 Elif is 16 and gave her father no toestemming: stukken about him alone,"
                + " and as a parent with gezag the court papers (§2.10)"),
        ziet("sem",       "sem",     Set.of(),                    0, "§2.2 Sem is wilsonbekwaam: not even his own data, nor the court papers"),
        partij("petra",   "sem",     Set.of("petra", "sem"),     23, "§2.2 gezag over a wilsonbekwame child"),
        partij("yasmina", "yasmina", Set.of("yasmina"),          17, "§2.2 Yasmina is 13: her own data and the court papers; her voogd's data need his toestemming"),
        partij("karim",   "yasmina", Set.of("karim", "yasmina"), 23, "§2.2 voogd of a 13-year-old"),
        ziet("ingrid",    "lars",    Set.of("ingrid"),            3, "§2.2 Lars is 19: her gezag ended at 18; only stukken about herself alone"),
        ziet("willem",    "lars",    Set.of("willem", "lars"),   17, "§2.2 wettelijk vertegenwoordiger of wilsonbekwame adult Lars; not Ingrid's data"),
        new Inzage("femke", "sanne", "noor", Set.of("sanne", "noor"), false, false, 19,
                "§2.6 on Sanne's machtiging: at most what Sanne may see, also for the stuk about Femke herself (only"
                + " Sanne's deel of it); court papers about Mark need his toestemming to Femke"),
        medewerker("joost", "noor", 31), medewerker("joost", "daan", 31), medewerker("joost", "elif", 31),
        medewerker("aisha", "sem", 24), medewerker("aisha", "yasmina", 25), medewerker("aisha", "lars", 28),
        medewerker("karin", "noor", 31), medewerker("karin", "daan", 31), medewerker("karin", "elif", 31),
        medewerker("mirjam", "sem", 24), medewerker("mirjam", "yasmina", 25), medewerker("mirjam", "lars", 28),
        medewerker("peter", "noor", 31), medewerker("peter", "daan", 31), medewerker("peter", "elif", 31),
        medewerker("peter", "sem", 24), medewerker("peter", "yasmina", 25), medewerker("peter", "lars", 28));
    // @formatter:on

    /** The table line for this viewer and dossier (for other tests that reuse the expectation). */
    public static Inzage verwachting(String login, String dossier) {
        return TABEL.stream().filter(i -> i.login().equals(login) && i.dossier().equals(dossier)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(login + " opent dossier " + dossier + " niet"));
    }

    @Inject
    Demofeiten feiten;

    private static final Sessies SESSIES = new Sessies();

    static Stream<Inzage> tabel() {
        return TABEL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabel")
    void dossierToontPreciesWatParagraaf2ToestaatEnZegtWaaromDeRestVerborgenIs(Inzage rij) {
        List<StukFeit> stukken = feiten.stukken(rij.dossier());
        List<StukFeit> mag = stukken.stream().filter(rij::mag).toList();
        List<StukFeit> magNiet = stukken.stream().filter(s -> !rij.mag(s)).toList();
        assertEquals(rij.aantalZichtbaar(), mag.size(),
                () -> "de tabel telt anders dan de demo-stukken; zichtbaar volgens de tabel: " + beschrijf(mag));

        String namens = rij.namens() == null ? "" : "namens=" + feiten.id(rij.namens());
        Dossierinhoud pagina = Dossierpagina.alle(SESSIES.van(rij.login()), feiten.id(rij.dossier()), namens);

        assertEquals(stukken.size(), pagina.totaal(), "elk stuk staat op de pagina, zichtbaar of als regel");
        assertEquals(stukken.size(), pagina.zichtbaar().size() + pagina.aantalVerborgen(), "elk stuk getoond of geteld");
        Set<Long> getoond = new TreeSet<>(pagina.zichtbaar());
        assertEquals(pagina.zichtbaar().size(), getoond.size(), "geen stuk twee keer");
        assertEquals(ids(mag), getoond, () -> "verwacht " + beschrijf(mag) + "\nmaar getoond: " + beschrijf(
                stukken.stream().filter(s -> getoond.contains(s.id())).toList()));

        // Hidden stukken are counted per reason (DOMAIN §2 rule 9); a date is named only for a stuk
        // that is hidden because of someone else, and then it is one of the hidden stukken's dates.
        assertEquals(magNiet.size(), pagina.aantalVerborgen());
        List<String> datums = magNiet.stream().map(s -> Dossierpagina.lang(s.datum())).toList();
        for (Dossierpagina.Verborgen regel : pagina.verborgen()) {
            assertTrue(datums.containsAll(regel.datums()), regel.tekst());
            assertFalse(regel.reden().isBlank(), () -> "verborgen stuk zonder reden: " + regel.tekst());
        }
    }

    private static Set<Long> ids(List<StukFeit> stukken) {
        return stukken.stream().map(StukFeit::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String beschrijf(List<StukFeit> stukken) {
        return stukken.stream().map(Demofeiten::beschrijf).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
