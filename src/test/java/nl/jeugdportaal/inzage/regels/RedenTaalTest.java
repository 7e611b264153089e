package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The sentences of DOMAIN §2 as the portal shows them: B1 (short sentences, on average at most 15
 * words), "je" for viewers under 18 and "u" for adults, and every refusal says what is needed.
 */
class RedenTaalTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);
    private static final Set<String> JE = Set.of("je", "jij", "jou", "jouw", "jezelf");
    private static final Set<String> U = Set.of("u", "uw", "uzelf");

    private static LocalDate leeftijd(int jaren) {
        return VANDAAG.minusYears(jaren).minusMonths(3);
    }

    private static Situatie.Builder gezin(int kind) {
        return Situatie.builder()
                .persoon("kind", leeftijd(kind), "Elif")
                .persoon("broer", leeftijd(14), "Daan")
                .persoon("moeder", leeftijd(40), "Sanne")
                .persoon("vader", leeftijd(42), "Marco")
                .persoon("oma", leeftijd(68), "oma Ria")
                .persoon("vp", leeftijd(50), "Noor")
                .persoon("curator", leeftijd(55), "meneer De Vries")
                .ouder("moeder", "kind", true).ouder("vader", "kind", false)
                .ouder("moeder", "broer", true)
                .medewerker("jb");
    }

    static Stream<Arguments> zinnen() {
        return Stream.of(
                rij("§2.1 eigen gegevens, ouder", gezin(10).build(), "moeder", set("moeder"), false, Regel.EIGEN_GEGEVENS, "U mag uw eigen gegevens"),
                rij("§2.1 eigen gegevens, jeugdige", gezin(14).build(), "kind", set("kind"), false, Regel.EIGEN_GEGEVENS, "Je mag je eigen gegevens"),
                rij("§2.2 jonger dan 12, zelf", gezin(10).build(), "kind", set("kind"), false, Regel.EIGEN_JONGER_DAN_12, "vanaf je 12e verjaardag"),
                rij("§2.2 jonger dan 12, ouder met gezag", gezin(10).build(), "moeder", set("kind"), false, Regel.GEZAG_JONGER_DAN_16, "U heeft het gezag en uw kind is jonger dan 16."),
                rij("§2.2 voogd", gezin(10).voogd("oma", "kind").build(), "oma", set("kind"), false, Regel.GEZAG_JONGER_DAN_16, "U bent de voogd van Elif."),
                rij("§2.2 16 of 17, ouder zonder toestemming", gezin(16).build(), "moeder", set("kind"), false, Regel.GEZAG_ZONDER_TOESTEMMING_16, "toestemming van Elif nodig"),
                rij("§2.2 16 of 17, ouder met toestemming", gezin(16).toestemming("kind", "moeder", "kind").build(), "moeder", set("kind"), false, Regel.TOESTEMMING, "Elif heeft u toestemming gegeven."),
                rij("§2.2 wilsonbekwaam kind, ouder", gezin(13).wilsonbekwaam("kind").build(), "moeder", set("kind"), false, Regel.GEZAG_WILSONBEKWAAM, "niet zelf kan beslissen"),
                rij("§2.2 wilsonbekwaam kind, zelf", gezin(13).wilsonbekwaam("kind").build(), "kind", set("kind"), false, Regel.EIGEN_WILSONBEKWAAM, "je ouder met gezag of voogd"),
                rij("§2.2 wilsonbekwaam volwassene, zelf", gezin(20).wilsonbekwaam("kind").vertegenwoordiger("curator", "kind").build(), "kind", set("kind"), false, Regel.EIGEN_WILSONBEKWAAM, "uw curator of mentor"),
                rij("§2.2 wilsonbekwaam volwassene, curator", gezin(20).wilsonbekwaam("kind").vertegenwoordiger("curator", "kind").build(), "curator", set("kind"), false, Regel.VERTEGENWOORDIGER, "U bent de curator of mentor van Elif."),
                rij("§2.2 18 of ouder, oud-gezag", gezin(19).build(), "moeder", set("kind"), false, Regel.GEZAG_GEEINDIGD_18, "Dan stopt het gezag."),
                rij("§2.3 broer, jeugdige kijkt", gezin(14).build(), "kind", set("broer"), false, Regel.GEEN_TOESTEMMING, "Daarvoor is toestemming van Daan en van Sanne nodig."),
                rij("§2.3 ander, volwassene kijkt", gezin(10).build(), "oma", set("moeder"), false, Regel.GEEN_TOESTEMMING, "Daarvoor is toestemming van Sanne nodig."),
                rij("§2.3 meer onderwerpen", gezin(10).build(), "moeder", set("kind", "vader"), false, Regel.GEEN_TOESTEMMING, "Dit stuk gaat ook over Marco."),
                rij("§2.4 ouder zonder gezag", gezin(10).build(), "vader", set("kind"), false, Regel.OUDER_ZONDER_GEZAG, "U heeft geen gezag over Elif."),
                rij("§2.5 toestemming van twee", gezin(13).toestemming("kind", "oma", "kind").toestemming("moeder", "oma", "kind").build(), "oma", set("kind"), false, Regel.TOESTEMMING, "Elif en Sanne hebben u toestemming gegeven."),
                rij("§2.5 toestemming aan een jeugdige", gezin(14).toestemming("moeder", "kind", "moeder").build(), "kind", set("moeder"), false, Regel.TOESTEMMING, "Sanne heeft je toestemming gegeven."),
                rij("§2.6 vertrouwenspersoon, over de cliënt", gezin(10).machtiging("moeder", "vp").build(), "vp", set("moeder"), false, Regel.VERTROUWENSPERSOON, "Sanne heeft u een machtiging gegeven."),
                rij("§2.6 vertrouwenspersoon, over het kind", gezin(10).machtiging("moeder", "vp").build(), "vp", set("kind"), false, Regel.VERTROUWENSPERSOON, "geen extra toestemming nodig"),
                rij("§2.6 vertrouwenspersoon, kind 13 zegt niets", gezin(13).machtiging("moeder", "vp").build(), "vp", set("kind"), false, Regel.VERTROUWENSPERSOON_ZONDER_TOESTEMMING, "is ook toestemming van Elif nodig."),
                rij("§2.6 vertrouwenspersoon, cliënt mag het niet", gezin(10).machtiging("moeder", "vp").build(), "vp", set("vader"), false, Regel.VERTROUWENSPERSOON_CLIENT_MAG_NIET, "U mag niet meer zien dan Sanne zelf."),
                rij("§2.6 machtiging verlopen", gezin(10).machtiging(Machtiging.van("moeder", "vp", null, VANDAAG.minusDays(1))).build(), "vp", set("moeder"), false, Regel.MACHTIGING_NIET_GELDIG, "Vraag Sanne om een nieuwe machtiging."),
                rij("§2.7 afgeschermd, ouder", gezin(10).build(), "moeder", set("kind"), true, Regel.AFGESCHERMD, "U kunt de jeugdbeschermer vragen waarom."),
                rij("§2.7 afgeschermd, jeugdige", gezin(14).build(), "kind", set("kind"), true, Regel.AFGESCHERMD, "Je kunt de jeugdbeschermer vragen waarom."),
                rij("medewerker", gezin(10).build(), "jb", set("kind"), true, Regel.MEDEWERKER, "alle stukken"),
                rij("onbekende persoon", gezin(10).build(), "moeder", set("iemand"), false, Regel.ONBEKENDE_PERSOON, "Vraag de jeugdbeschermer ernaar."),
                rij("stuk zonder onderwerp", gezin(10).build(), "moeder", Set.of(), false, Regel.GEEN_ONDERWERP, "Vraag de jeugdbeschermer ernaar."),
                rij("§2.10 verzoekschrift, ouder met gezag", gezin(10).kind("kind").build(), "moeder",
                        new Stukvraag(set("kind", "vader"), false, "VERZOEKSCHRIFT", List.of()), Regel.PROCESSTUK, "Daarom mag u het helemaal zien."),
                rij("§2.10 delen, een deel achtergehouden", gezin(10).kind("kind").build(), "moeder",
                        new Stukvraag(set("kind", "vader"), false, "GESPREKSVERSLAG", List.of(set("kind"), set("vader"))),
                        Regel.DELEN_ACHTERGEHOUDEN, "U mag 1 van de 2 delen van dit stuk zien."));
    }

    private static Set<String> set(String... ids) {
        return new LinkedHashSet<>(Arrays.asList(ids));
    }

    private static Arguments rij(String naam, Situatie s, String kijker, Set<String> over, boolean afgeschermd,
                                 Regel regel, String bevat) {
        return rij(naam, s, kijker, Stukvraag.over(over, afgeschermd), regel, bevat);
    }

    private static Arguments rij(String naam, Situatie s, String kijker, Stukvraag stuk, Regel regel, String bevat) {
        return Arguments.of(naam, s, kijker, stuk, regel, bevat);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zinnen")
    void zinIsB1InDeJuisteVorm(String naam, Situatie s, String kijker, Stukvraag stuk, Regel regel, String bevat) {
        Besluit b = new Inzageregels().beantwoord(s, kijker, stuk, VANDAAG).besluit();
        assertEquals(regel, b.regel(), b.reden());
        assertTrue(b.reden().contains(bevat), () -> "expected \"" + bevat + "\" in: " + b.reden());
        assertB1(b.reden());
        assertVorm(b.reden(), s.personen().containsKey(kijker) && s.personen().get(kijker).leeftijdOp(VANDAAG) < 18);
        if (!b.toegestaan()) {
            assertTrue(b.nodig() != null && !b.nodig().isBlank(), "a refusal says what is needed");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void elkeRegelHeeftEenZinInDeTabel() {
        Set<Regel> gezien = EnumSet.noneOf(Regel.class);
        zinnen().forEach(a -> {
            Object[] x = a.get();
            gezien.add(new Inzageregels().beantwoord((Situatie) x[1], (String) x[2], (Stukvraag) x[3], VANDAAG).besluit().regel());
        });
        assertEquals(EnumSet.allOf(Regel.class), gezien);
    }

    /** "je" for a reader under 18, "u" for an adult, never both. */
    static void assertVorm(String tekst, boolean jong) {
        List<String> woorden = woorden(tekst);
        if (jong) {
            assertFalse(woorden.stream().anyMatch(U::contains), () -> "a jeugdige reads 'je', not 'u': " + tekst);
        } else {
            assertFalse(woorden.stream().anyMatch(JE::contains), () -> "an adult reads 'u', not 'je': " + tekst);
        }
    }

    static void assertB1(String tekst) {
        String[] zinnen = tekst.trim().split("(?<=[.?!])\\s+");
        int woorden = 0;
        for (String zin : zinnen) {
            int n = woorden(zin).size();
            assertTrue(n <= 25, () -> "sentence too long (" + n + " words): " + zin);
            woorden += n;
        }
        double gemiddeld = (double) woorden / zinnen.length;
        assertTrue(gemiddeld <= 15.0, () -> "on average " + gemiddeld + " words per sentence: " + tekst);
    }

    static List<String> woorden(String tekst) {
        return Arrays.stream(tekst.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9']+")).filter(w -> !w.isEmpty()).toList();
    }
}
