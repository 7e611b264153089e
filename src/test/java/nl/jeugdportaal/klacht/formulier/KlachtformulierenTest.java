package nl.jeugdportaal.klacht.formulier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Afspraak;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Kjmn;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Reactie;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Uitspraken;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** What the klacht forms refuse before any complaint is looked at: the fields Bean Validation names. */
class KlachtformulierenTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static Set<String> fouteVelden(Record formulier) {
        return VALIDATOR.validate(formulier).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void eenIngevuldeKlachtIsGoed() {
        assertEquals(Set.of(), fouteVelden(new Indienformulier("1", null, "Hij belt niet terug.", "Terugbellen\nHet rapport",
                "STAP1", "BEJEGENING", "GEEN", "MOEDER", null)));
    }

    @Test
    void eenLegeKlachtEnVervalsteKeuzesWordenGeweigerd() {
        assertEquals(Set.of("tekst", "onderdelen", "route", "aard", "ondersteuning"),
                fouteVelden(Indienformulier.LEEG));
        assertEquals(Set.of("route", "aard"), fouteVelden(new Indienformulier("1", null, "Tekst", "Een punt", "stap1",
                "<script>", "GEEN", "", null)), "alleen de namen van de keuzes, zoals de pagina ze stuurt");
    }

    @Test
    void codeEnTeVeelPuntenWordenGeweigerd() {
        String elfPunten = IntStream.rangeClosed(1, 11).mapToObj(i -> "Punt " + i).collect(Collectors.joining("\n"));
        assertEquals(Set.of("tekst", "onderdelen"), fouteVelden(new Indienformulier("1", null, "<script>alert(1)</script>",
                elfPunten, "KJMN", "BEJEGENING", "GEEN", "", null)));
    }

    @Test
    void deMijlpaalKomtAlsDeWaardeVanDePagina() {
        assertEquals(Set.of(), fouteVelden(new Kjmn("intern-van", "2026-12-01")));
        assertEquals(Set.of("mijlpaal", "datum"), fouteVelden(new Kjmn("INTERN_VAN", "1 december")));
    }

    @Test
    void wieHetDoetIsEenNaamVanHoogstens200Tekens() {
        assertEquals(Set.of(), fouteVelden(new Afspraak("1", "Bellen", "  " + "j".repeat(Naam.MAX) + "  ", "2026-12-01")));
        assertEquals(Set.of("eigenaar"), fouteVelden(new Afspraak("1", "Bellen", "j".repeat(Naam.MAX + 1), "2026-12-01")));
        assertEquals(Set.of("eigenaar", "wat", "uiterlijk"), fouteVelden(new Afspraak("1", " ", "", "")));
    }

    @Test
    void eenVeldPerKlachtonderdeelIsGenoemdNaarZijnPlek() {
        assertEquals(Set.of("uitspraak[1].<list element>"),
                fouteVelden(new Uitspraken("2026-12-01", List.of("GEGROND", "", "ONGEGROND"))));
        assertEquals(Set.of("maatregel[0].<list element>"),
                fouteVelden(new Reactie(List.of("ja"), List.of("<b>vet</b>"), "Wij nemen het over.")));
        assertEquals(Set.of(), fouteVelden(new Reactie(List.of("", "nee"), List.of("", ""), "Wij nemen het over.")),
                "een maatregel is niet bij elk punt nodig: dat zegt de reactie per uitspraak");
    }
}
