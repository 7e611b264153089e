package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOMAIN §2 rule 11, a case per sentence: the plan is not dossier inzage. Every ouder met gezag, the
 * voogd and the jeugdige from 12 (wilsonbekwaam too) see the plan, whatever rule 2 says about the
 * dossier; an ouder zonder gezag and others follow the dossier rules. A plan point about a third
 * person follows rules 1 to 3; the child and its gezag-holders are no third persons.
 */
class PlanRegelTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);

    private static Situatie.Builder gezin(int kind) {
        return Situatie.builder().kind("kind")
                .persoon("kind", VANDAAG.minusYears(kind).minusMonths(2))
                .persoon("moeder", LocalDate.of(1980, 1, 1)).persoon("vader", LocalDate.of(1979, 1, 1))
                .persoon("oma", LocalDate.of(1955, 1, 1))
                .ouder("moeder", "kind", true).ouder("vader", "kind", false).medewerker("jb");
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                Arguments.of("ouder met gezag, kind 16 zonder toestemming (Murat en Elif)", gezin(16).build(), "moeder", true),
                Arguments.of("ouder met gezag, kind 8", gezin(8).build(), "moeder", true),
                Arguments.of("ouder zonder gezag, kind 8", gezin(8).build(), "vader", false),
                Arguments.of("ouder zonder gezag met toestemming van moeder", gezin(8).toestemming("moeder", "vader", "kind").build(), "vader", true),
                Arguments.of("voogd, kind 16", gezin(16).voogd("oma", "kind").build(), "oma", true),
                Arguments.of("jeugdige van 12", gezin(12).build(), "kind", true),
                Arguments.of("jeugdige van 13, wilsonbekwaam", gezin(13).wilsonbekwaam("kind").build(), "kind", true),
                Arguments.of("kind van 11", gezin(11).build(), "kind", false),
                Arguments.of("oma zonder rol", gezin(8).build(), "oma", false),
                Arguments.of("gezag eindigt bij 18", gezin(18).build(), "moeder", false),
                Arguments.of("medewerker op de zaak", gezin(8).build(), "jb", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void wieZietHetPlan(String naam, Situatie s, String wie, boolean mag) {
        assertEquals(mag, new Inzageregels().magPlanZien(s, wie, VANDAAG));
    }

    static Stream<Arguments> punten() {
        Situatie.Builder pleeg = gezin(16).persoon("pleegmoeder", LocalDate.of(1975, 1, 1));
        return Stream.of(
                Arguments.of("punt over het kind, moeder met gezag", gezin(8).build(), "moeder", Set.of("kind"), true),
                Arguments.of("punt over de moeder met gezag, de jeugdige van 16", gezin(16).build(), "kind", Set.of("moeder"), true),
                Arguments.of("punt over beide ouders met gezag (Ayşe en Murat)", gezin(16).ouder("vader", "kind", true).build(),
                        "moeder", Set.of("moeder", "vader"), true),
                Arguments.of("punt over de vader zonder gezag, moeder met gezag", gezin(8).build(), "moeder", Set.of("vader"), false),
                Arguments.of("punt over de vader zonder gezag, met zijn toestemming", gezin(8).toestemming("vader", "moeder", "vader").build(),
                        "moeder", Set.of("vader"), true),
                Arguments.of("punt over de pleegmoeder, de jeugdige van 16", pleeg.build(), "kind", Set.of("pleegmoeder"), false),
                Arguments.of("punt over de pleegmoeder en het kind, de moeder", pleeg.build(), "moeder", Set.of("kind", "pleegmoeder"), false),
                Arguments.of("punt over oma, de medewerker op de zaak", gezin(8).build(), "jb", Set.of("oma"), true),
                Arguments.of("punt over de moeder zelf, na haar gezag (kind 18)", gezin(18).build(), "moeder", Set.of("moeder"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("punten")
    void eenPlanpuntOverEenDerdeVolgtDeRegels1Tot3(String naam, Situatie s, String wie, Set<String> over, boolean mag) {
        assertEquals(mag, new Planpuntregel(new Inzageregels()).weigering(s, wie, over, VANDAAG).isEmpty());
    }
}
