package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOMAIN §2 rule 5 asked the other way round: may this person give toestemming about P? Around the
 * 12th, 16th and 18th birthday, for every kind of relation, with the sentence the giver reads.
 */
class ToestemmingGevenTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);
    private final Inzageregels regels = new Inzageregels();

    /** Born {@code jaren} years ago today: the birthday is today. */
    private static LocalDate jarigVandaag(int jaren) {
        return VANDAAG.minusYears(jaren);
    }

    /** One day short of {@code jaren}: the birthday is tomorrow. */
    private static LocalDate jarigMorgen(int jaren) {
        return VANDAAG.minusYears(jaren).plusDays(1);
    }

    private static LocalDate leeftijd(int jaren) {
        return VANDAAG.minusYears(jaren).minusMonths(3);
    }

    private static Situatie.Builder gezin(LocalDate kind) {
        return Situatie.builder()
                .persoon("kind", kind, "Elif")
                .persoon("moeder", leeftijd(40), "Sanne")
                .persoon("vader", leeftijd(42), "Marco")
                .persoon("oma", leeftijd(68), "oma Ria")
                .persoon("curator", leeftijd(55), "meneer De Vries");
    }

    private static Situatie.Builder moederMetGezag(LocalDate kind) {
        return gezin(kind).ouder("moeder", "kind", true);
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                // the 16th birthday: from that day the jeugdige alone decides
                rij("16 vandaag, zelf", moederMetGezag(jarigVandaag(16)), "kind", "kind", true,
                        "Je bent 16 jaar of ouder. Daarom beslis je zelf wie je gegevens mag zien."),
                rij("16 vandaag, moeder met gezag", moederMetGezag(jarigVandaag(16)), "moeder", "kind", false,
                        "Elif is 16 jaar of ouder. Dan beslist Elif zelf wie de gegevens mag zien."),
                rij("16 morgen, zelf", moederMetGezag(jarigMorgen(16)), "kind", "kind", true,
                        "Je toestemming telt pas als er ook toestemming van Sanne is."),
                rij("16 morgen, moeder met gezag", moederMetGezag(jarigMorgen(16)), "moeder", "kind", true,
                        "Elif is jonger dan 16. Daarom beslist u mee wie de gegevens mag zien. "
                                + "Uw toestemming telt pas als er ook toestemming van Elif is."),
                // the 12th birthday: from that day the jeugdige decides along
                rij("12 vandaag, zelf", moederMetGezag(jarigVandaag(12)), "kind", "kind", true,
                        "Je bent 12 jaar of ouder. Daarom beslis je mee wie je gegevens mag zien."),
                rij("12 vandaag, moeder met gezag", moederMetGezag(jarigVandaag(12)), "moeder", "kind", true,
                        "telt pas als er ook toestemming van Elif is"),
                rij("12 morgen, zelf", moederMetGezag(jarigMorgen(12)), "kind", "kind", false,
                        "Je bent nog geen 12 jaar. Daarom beslist je ouder met gezag of voogd wie je gegevens mag zien."),
                rij("12 morgen, moeder met gezag", moederMetGezag(jarigMorgen(12)), "moeder", "kind", true,
                        "U heeft het gezag over Elif. Elif is jonger dan 12. Daarom beslist u wie de gegevens mag zien."),
                // the 18th birthday: gezag ends, whatever the registration says
                rij("18 vandaag, zelf", moederMetGezag(jarigVandaag(18)), "kind", "kind", true,
                        "U beslist zelf wie uw gegevens mag zien."),
                rij("18 vandaag, moeder met oud gezag", moederMetGezag(jarigVandaag(18)), "moeder", "kind", false,
                        "Elif is 18 jaar of ouder. Dan stopt het gezag. U kunt geen toestemming geven over Elif. "
                                + "Alleen toestemming van Elif telt."),
                rij("18 morgen, moeder met gezag", moederMetGezag(jarigMorgen(18)), "moeder", "kind", false,
                        "Dan beslist Elif zelf"),
                // other relations
                rij("vader zonder gezag", moederMetGezag(leeftijd(10)).ouder("vader", "kind", false), "vader", "kind",
                        false, "U heeft geen gezag over Elif. U kunt geen toestemming geven over Elif. "
                                + "Alleen toestemming van Sanne telt."),
                rij("voogd, kind 13", gezin(leeftijd(13)).voogd("oma", "kind"), "oma", "kind", true,
                        "U bent de voogd van Elif. Elif is jonger dan 16."),
                rij("oma zonder relatie", moederMetGezag(leeftijd(10)), "oma", "kind", false,
                        "U kunt geen toestemming geven over Elif. Alleen toestemming van Sanne telt."),
                rij("gezag dat gisteren eindigde", gezin(leeftijd(10))
                                .relatie(Relatie.ouder("moeder", "kind", true).geldig(null, VANDAAG.minusDays(1))),
                        "moeder", "kind", false, "Alleen toestemming van een ouder met gezag of voogd van Elif telt."),
                rij("13 zonder geregistreerde gezaghebber", gezin(leeftijd(13)), "kind", "kind", true,
                        "telt pas als er ook toestemming van een ouder met gezag of voogd van Elif is."),
                rij("twee gezaghebbers, kind 14", moederMetGezag(leeftijd(14)).ouder("vader", "kind", true), "kind",
                        "kind", true, "telt pas als er ook toestemming van Sanne en Marco is."),
                // wilsonbekwaam
                rij("wilsonbekwaam kind, zelf", moederMetGezag(leeftijd(15)).wilsonbekwaam("kind"), "kind", "kind",
                        false, "Daarom beslist je ouder met gezag of voogd wie de gegevens mag zien."),
                rij("wilsonbekwaam kind, moeder", moederMetGezag(leeftijd(15)).wilsonbekwaam("kind"), "moeder", "kind",
                        true, "We hebben vastgelegd dat Elif nu niet zelf kan beslissen. "
                                + "Daarom beslist u wie de gegevens mag zien."),
                rij("wilsonbekwaamheid eindigde gisteren, zelf", moederMetGezag(leeftijd(15))
                                .wilsonbekwaam(new Wilsonbekwaamheid("kind", null, VANDAAG.minusDays(1))),
                        "kind", "kind", true, "Daarom beslis je mee"),
                rij("wilsonbekwame volwassene, curator", moederMetGezag(leeftijd(20)).wilsonbekwaam("kind")
                                .vertegenwoordiger("curator", "kind"), "curator", "kind", true,
                        "U bent de curator of mentor van Elif."),
                rij("wilsonbekwame volwassene, zelf", moederMetGezag(leeftijd(20)).wilsonbekwaam("kind")
                                .vertegenwoordiger("curator", "kind"), "kind", "kind", false,
                        "Daarom beslist uw curator of mentor wie de gegevens mag zien."),
                rij("wilsonbekwame volwassene, moeder met oud gezag", moederMetGezag(leeftijd(20)).wilsonbekwaam("kind")
                                .vertegenwoordiger("curator", "kind"), "moeder", "kind", false,
                        "Alleen toestemming van meneer De Vries telt."),
                // about a parent
                rij("moeder over zichzelf", moederMetGezag(leeftijd(10)), "moeder", "moeder", true,
                        "U beslist zelf wie uw gegevens mag zien."),
                rij("jeugdige over de moeder", moederMetGezag(leeftijd(16)), "kind", "moeder", false,
                        "Je kunt geen toestemming geven over Sanne. Alleen toestemming van Sanne telt."),
                rij("onbekende persoon", moederMetGezag(leeftijd(10)), "moeder", "iemand", false,
                        "We weten niet genoeg over iemand"));
    }

    private static Arguments rij(String naam, Situatie.Builder situatie, String gever, String over, boolean mag,
            String bevat) {
        return Arguments.of(naam, situatie.build(), gever, over, mag, bevat);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void magToestemmingGeven(String naam, Situatie s, String gever, String over, boolean mag, String bevat) {
        Geefbesluit b = regels.magToestemmingGeven(s, gever, over, VANDAAG);
        assertEquals(mag, b.mag(), b.reden());
        assertTrue(b.reden().contains(bevat), () -> "expected \"" + bevat + "\" in: " + b.reden());
        RedenTaalTest.assertB1(b.reden());
        RedenTaalTest.assertVorm(b.reden(), s.personen().get(gever).leeftijdOp(VANDAAG) < 18);
    }

    /**
     * The answer must agree with the inzage rules on random families: toestemming from those who
     * may give it opens exactly what toestemming from everybody would, and toestemming from all the
     * others opens nothing ("toestemming from anyone else counts as none").
     */
    @Test
    void kloptMetDeInzageregels() {
        Random r = new Random(75);
        int geopend = 0;
        for (int n = 0; n < 2000; n++) {
            Situatie s = InzageregelsEigenschappenTest.willekeurig(r);
            for (String p : s.personen().keySet()) {
                List<Toestemming> vanGevers = new ArrayList<>(s.toestemmingen());
                List<Toestemming> vanAnderen = new ArrayList<>(s.toestemmingen());
                List<Toestemming> vanIedereen = new ArrayList<>(s.toestemmingen());
                for (String g : s.personen().keySet()) {
                    Toestemming t = Toestemming.van(g, "vreemde", p, null, null);
                    (regels.magToestemmingGeven(s, g, p, VANDAAG).mag() ? vanGevers : vanAnderen).add(t);
                    vanIedereen.add(t);
                }
                boolean gevers = regels.magGegevensZien(s.metToestemmingen(vanGevers), "vreemde", p, VANDAAG).toegestaan();
                boolean iedereen = regels.magGegevensZien(s.metToestemmingen(vanIedereen), "vreemde", p, VANDAAG)
                        .toegestaan();
                boolean anderen = regels.magGegevensZien(s.metToestemmingen(vanAnderen), "vreemde", p, VANDAAG)
                        .toegestaan();
                String wat = p + " in " + s;
                assertEquals(iedereen, gevers, () -> "toestemming van wie het mag geven: " + wat);
                assertFalse(anderen, () -> "toestemming van wie het niet mag geven: " + wat);
                geopend += gevers ? 1 : 0;
            }
        }
        assertTrue(geopend > 1000, "too few situations where toestemming opens anything: " + geopend);
    }

    @Test
    void meekijkenNoemtWiensToestemmingDeVertrouwenspersoonNodigHeeft() {
        Situatie twee = moederMetGezag(leeftijd(14)).ouder("vader", "kind", true).persoon("vp", leeftijd(50), "Femke")
                .machtiging("moeder", "vp").build();
        Meekijken m = regels.meekijken(twee, "moeder", "vp", "kind", VANDAAG);
        assertTrue(m.clientMag());
        assertEquals(List.of("vader", "kind"), m.toestemmingNodigVan());
        assertFalse(regels.magGegevensZien(twee, "vp", "kind", VANDAAG).toegestaan());
        Situatie gegeven = twee.metToestemmingen(List.of(Toestemming.van("vader", "vp", "kind", null, null),
                Toestemming.van("kind", "vp", "kind", null, null)));
        assertTrue(regels.magGegevensZien(gegeven, "vp", "kind", VANDAAG).toegestaan(),
                "with the toestemmingen meekijken names, the dossier opens");
        Situatie half = twee.metToestemmingen(List.of(Toestemming.van("vader", "vp", "kind", null, null)));
        assertFalse(regels.magGegevensZien(half, "vp", "kind", VANDAAG).toegestaan(), "one of them is not enough");

        Situatie jong = moederMetGezag(jarigMorgen(12)).persoon("vp", leeftijd(50), "Femke").build();
        assertEquals(new Meekijken(true, List.of()), regels.meekijken(jong, "moeder", "vp", "kind", VANDAAG));
        Situatie twaalf = moederMetGezag(jarigVandaag(12)).persoon("vp", leeftijd(50), "Femke").build();
        assertEquals(List.of("kind"), regels.meekijken(twaalf, "moeder", "vp", "kind", VANDAAG).toestemmingNodigVan());

        assertEquals(new Meekijken(true, List.of()), regels.meekijken(twee, "moeder", "vp", "moeder", VANDAAG),
                "the client's own data needs nobody else");
        Situatie zonderGezag = moederMetGezag(leeftijd(10)).ouder("vader", "kind", false).build();
        assertEquals(new Meekijken(false, List.of()), regels.meekijken(zonderGezag, "vader", "vp", "kind", VANDAAG),
                "what the client may not see, no toestemming opens");
    }
}
