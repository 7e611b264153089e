package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.jeugdportaal.kwaliteit.EngelsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On an English page the reasons are English: every sentence {@link Teksten} can say exists in
 * English, and the rules decide the same in both languages. Dutch stays the default.
 */
class RedenEngelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);
    private static final Situatie GEZIN = Situatie.builder()
            .persoon("kind", VANDAAG.minusYears(14), "Elif")
            .persoon("moeder", VANDAAG.minusYears(40), "Sanne")
            .persoon("vader", VANDAAG.minusYears(42), "Marco")
            .ouder("moeder", "kind", true)
            .build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.jeugdportaal.inzage.regels.RedenTaalTest#zinnen")
    void deRegelsBeslissenHetzelfdeEnZeggenHetInHetEngels(String naam, Situatie s, String kijker, Stukvraag stuk,
            Regel regel, String bevat) {
        Besluit nl = new Inzageregels().beantwoord(s, kijker, stuk, VANDAAG).besluit();
        Besluit en = new Inzageregels(Locale.ENGLISH).beantwoord(s, kijker, stuk, VANDAAG).besluit();
        assertEquals(nl.regel(), en.regel());
        assertEquals(nl.toegestaan(), en.toegestaan());
        assertEquals(nl.persoon(), en.persoon());
        assertEngels(en.reden());
        RedenTaalTest.assertB1(en.reden());
        if (!en.toegestaan()) {
            assertEngels(en.nodig());
        }
    }

    @Test
    void nederlandsBlijftDeStandaard() {
        Besluit b = new Inzageregels().magGegevensZien(GEZIN, "moeder", "kind", VANDAAG);
        assertEquals(b.reden(), new Inzageregels(Locale.forLanguageTag("nl-NL")).magGegevensZien(GEZIN, "moeder", "kind",
                VANDAAG).reden());
        assertEquals(b.reden(), new Inzageregels(Locale.GERMAN).magGegevensZien(GEZIN, "moeder", "kind", VANDAAG).reden(),
                "a language the portal does not speak gets Dutch");
    }

    @Test
    void eenWeigeringNoemtInHetEngelsWatNodigIs() {
        Besluit b = new Inzageregels(Locale.ENGLISH).magGegevensZien(GEZIN, "vader", "kind", VANDAAG);
        assertEquals(Regel.GEEN_TOESTEMMING, b.regel());
        assertEquals("This document is about Elif. For that, consent from Elif and from Sanne is needed.", b.reden());
        assertEquals("consent from Elif and from Sanne", b.nodig());
    }

    /** Each sentence method, with every combination of sample arguments, says something English and new. */
    @Test
    void elkeZinBestaatInHetEngels() throws Exception {
        Teksten en = new Teksten(GEZIN, null, false, true);
        Teksten u = new Teksten(GEZIN, null, false, false);
        Teksten je = new Teksten(GEZIN, null, true, false);
        int zinnen = 0;
        for (Method m : Teksten.class.getDeclaredMethods()) {
            if (Modifier.isPrivate(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                    || m.getReturnType() != String.class) {
                continue;
            }
            m.setAccessible(true);
            for (Object[] args : combinaties(m.getGenericParameterTypes())) {
                String engels = (String) m.invoke(en, args);
                String uitleg = m.getName() + Arrays.toString(args) + ": " + engels;
                assertFalse(engels.isBlank(), uitleg);
                assertEngels(engels);
                assertNotEquals(m.invoke(u, args), engels, uitleg);
                assertNotEquals(m.invoke(je, args), engels, uitleg);
                zinnen++;
            }
        }
        assertTrue(zinnen > 50, "only " + zinnen + " sentences checked");
    }

    private static void assertEngels(String tekst) {
        assertEquals(List.of(), EngelsTest.nederlandsOpDePagina(tekst), tekst);
    }

    /** Every combination of the sample values of each parameter type. */
    private static List<Object[]> combinaties(Type[] typen) {
        List<Object[]> uit = new ArrayList<>();
        uit.add(new Object[0]);
        for (Type type : typen) {
            List<Object[]> langer = new ArrayList<>();
            for (Object[] begin : uit) {
                for (Object waarde : voorbeelden(type)) {
                    Object[] rij = Arrays.copyOf(begin, begin.length + 1);
                    rij[begin.length] = waarde;
                    langer.add(rij);
                }
            }
            uit = langer;
        }
        return uit;
    }

    private static List<?> voorbeelden(Type type) {
        if (type == String.class) {
            return List.of("kind", "moeder");
        }
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type == int.class) {
            return List.of(12, 16, 18);
        }
        if (type == long.class) {
            return List.of(1L, 2L);
        }
        if (type == LocalDate.class) {
            return List.of(VANDAAG);
        }
        if (type == Relatie.class) {
            return List.of(Relatie.ouder("moeder", "kind", true), Relatie.voogd("moeder", "kind"));
        }
        if (type instanceof ParameterizedType lijst && lijst.getRawType() == List.class) {
            if (lijst.getActualTypeArguments()[0] == String.class) {
                return List.of(List.of("moeder"), List.of("moeder", "vader"));
            }
            return List.of(
                    List.of(new Gevers("kind", List.of("kind"), Gevers.Rol.PERSOON),
                            new Gevers("kind", List.of("moeder", "vader"), Gevers.Rol.GEZAG)),
                    List.of(new Gevers("kind", List.of(), Gevers.Rol.GEZAG)),
                    List.of(new Gevers("kind", List.of(), Gevers.Rol.VERTEGENWOORDIGER)));
        }
        throw new AssertionError("no sample value for " + type);
    }
}
