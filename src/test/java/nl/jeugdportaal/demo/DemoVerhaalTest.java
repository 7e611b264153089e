package nl.jeugdportaal.demo;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import nl.jeugdportaal.testsupport.Demobestand;
import nl.jeugdportaal.testsupport.Demobestand.Aanroep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each demo family tells one story: what the plan says, the dossier holds, the registration knows
 * and wie-is-wie names must agree (issue 14). Reads the demo files as they are shipped (the API
 * calls of registratie.ndjson, and demo.json and plan.json for the rest); dates are "geleden"
 * periods, compared on one fixed day.
 */
class DemoVerhaalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MAP = Path.of("src/main/resources/demo");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 15);
    private static final Pattern GEWELD = Pattern.compile("(?i)geweld|slaan|schop|mishandel");
    private static JsonNode demo;
    private static JsonNode plan;

    @BeforeAll
    static void lees() throws IOException {
        demo = JSON.readTree(MAP.resolve("demo.json").toFile());
        plan = JSON.readTree(MAP.resolve("plan.json").toFile());
    }

    @Test
    void geweldInEenPlanStaatOokInEenStukVanHetDossier() {
        for (Aanroep p : Demobestand.van("dossiers/plan")) {
            String kind = p.kind();
            if (GEWELD.matcher(planTekst(p.body())).find()) {
                assertTrue(stukkenVan(kind).stream().anyMatch(s -> GEWELD.matcher(s.get("tekst").asText()).find()),
                        "het plan van " + kind + " noemt geweld, geen stuk doet dat");
            }
        }
    }

    /** A verzoekschrift for verlenging without a later beschikking is pending: the plan says it was filed, on that day. */
    @Test
    void eenIngediendVerzoekTotVerlengingStaatOokInHetPlan() {
        for (Aanroep a : Demobestand.van("dossiers/plan")) {
            String kind = a.kind();
            JsonNode p = a.body();
            LocalDate verzoek = laatste(kind, "VERZOEKSCHRIFT", "verlenging");
            LocalDate beschikking = laatste(kind, "BESCHIKKING", "verlenging");
            if (verzoek != null && (beschikking == null || beschikking.isBefore(verzoek)) && eindeOts(kind).isAfter(VANDAAG)) {
                assertEquals("VERLENGEN", p.get("voornemenEinde").asText(), kind);
                assertTrue(p.has("verzoekVerlengingOp"), "het plan van " + kind + " zegt niet dat het verzoek is ingediend");
                assertEquals(verzoek, datum(p.get("verzoekVerlengingOp").asText()), kind + ": de dag van het verzoekschrift");
            }
        }
    }

    @Test
    void elkeOtsBegintBijEenBeschikkingVanDeKinderrechter() {
        for (Aanroep a : Demobestand.van("dossiers/maatregelen")) {
            String kind = a.kind();
            JsonNode m = a.body();
            if (!m.get("soort").asText().equals("OTS")) {
                continue;
            }
            LocalDate begin = datum(m.get("begindatum").asText());
            boolean beschikt = stukkenVan(kind).stream().filter(s -> s.get("soort").asText().equals("BESCHIKKING"))
                    .anyMatch(s -> Math.abs(ChronoUnit.DAYS.between(begin, datum(s.get("datum").asText()))) <= 7);
            assertTrue(beschikt, "de OTS van " + kind + " begint zonder beschikking in het dossier");
            LocalDate einde = m.has("einddatum") ? datum(m.get("einddatum").asText()) : null;
            assertTrue(einde == null || !einde.isAfter(begin.plusYears(2)), kind + ": een OTS duurt een jaar, met hooguit een verlenging hier");
        }
    }

    /** A first name of a demo person in a plan belongs to that family, its jeugdbeschermer or its wie-is-wie. */
    @Test
    void wieEenPlanNoemtHoortBijDatGezin() {
        for (Aanroep p : Demobestand.van("dossiers/plan")) {
            String kind = p.kind();
            Set<String> gezin = gezin(kind);
            String tekst = planTekst(p.body());
            for (Map.Entry<String, JsonNode> persoon : Demobestand.mensen().entrySet()) {
                String voornaam = persoon.getValue().get("voornaam").asText();
                if (Pattern.compile("\\b" + Pattern.quote(voornaam) + "\\b").matcher(tekst).find()) {
                    assertTrue(gezin.contains(persoon.getKey()) || betrokkene(kind, voornaam),
                            "het plan van " + kind + " noemt " + voornaam + ", die niet bij dit gezin hoort");
                }
            }
        }
    }

    /** The API has no pleegouder: demo.json adds that relation, and wie-is-wie must name her. */
    @Test
    void eenPleegouderStaatInWieIsWieVanHetKind() {
        assertFalse(lijst(demo.get("relaties")).isEmpty(), "de demo heeft een pleegouder");
        for (JsonNode r : lijst(demo.get("relaties"))) {
            assertEquals("PLEEGOUDER", r.get("soort").asText());
            JsonNode p = Demobestand.mensen().get(r.get("persoon").asText());
            String naam = p.get("voornaam").asText() + " " + p.get("achternaam").asText();
            assertTrue(lijst(plan.get("betrokkenen")).stream().anyMatch(b -> b.get("kind").asText().equals(r.get("kind").asText())
                    && b.get("naam").asText().equals(naam)), naam + " staat niet bij wie is wie");
            assertFalse(r.get("gezag").asBoolean(), "een pleegouder heeft geen gezag");
        }
    }

    @Test
    void geenTekstNoemtHetAkjAlsOfHetNogZoHeet() throws IOException {
        for (String bestand : List.of("demo.json", "plan.json", "registratie.ndjson")) {
            String tekst = Files.readString(MAP.resolve(bestand));
            assertFalse(Pattern.compile("AKJ(?! \\()").matcher(tekst.replace("vroeger AKJ", "").replace("vroegere AKJ", ""))
                    .find(), bestand + " noemt het AKJ als huidige naam");
        }
    }

    private static Set<String> gezin(String kind) {
        Set<String> gezin = new HashSet<>(List.of(kind));
        List<JsonNode> relaties = new ArrayList<>(Demobestand.van("relaties").stream().map(Aanroep::body).toList());
        relaties.addAll(lijst(demo.get("relaties")));
        relaties.stream().filter(r -> r.get("kind").asText().equals(kind)).forEach(r -> gezin.add(r.get("persoon").asText()));
        Demobestand.van("dossiers").stream().map(Aanroep::body).filter(d -> d.get("kind").asText().equals(kind))
                .forEach(d -> gezin.add(d.get("jeugdbeschermer").asText()));
        return gezin;
    }

    private static boolean betrokkene(String kind, String voornaam) {
        return lijst(plan.get("betrokkenen")).stream().anyMatch(b -> b.get("kind").asText().equals(kind)
                && b.get("naam").asText().startsWith(voornaam + " "));
    }

    private static LocalDate eindeOts(String kind) {
        return Demobestand.van("dossiers/maatregelen").stream().filter(a -> a.kind().equals(kind)).map(Aanroep::body)
                .filter(m -> m.get("soort").asText().equals("OTS") && m.has("einddatum"))
                .map(m -> datum(m.get("einddatum").asText())).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    private static LocalDate laatste(String kind, String soort, String inTitel) {
        return stukkenVan(kind).stream().filter(s -> s.get("soort").asText().equals(soort)
                && s.get("titel").asText().toLowerCase().contains(inTitel)).map(s -> datum(s.get("datum").asText()))
                .max(LocalDate::compareTo).orElse(null);
    }

    private static List<JsonNode> stukkenVan(String kind) {
        return Demobestand.van("dossiers/stukken").stream().filter(a -> a.kind().equals(kind)).map(Aanroep::body).toList();
    }

    private static String planTekst(JsonNode p) {
        StringBuilder tekst = new StringBuilder(p.path("watMoetVeranderen").asText());
        lijst(p.get("punten")).forEach(punt -> tekst.append(' ').append(punt.get("tekst").asText()));
        return tekst.toString();
    }

    /** "P6D" is six days ago; "-P2M" two months ahead, as the demo loader reads it. */
    private static LocalDate datum(String geleden) {
        return geleden.startsWith("-") ? VANDAAG.plus(Period.parse(geleden.substring(1))) : VANDAAG.minus(Period.parse(geleden));
    }

    private static List<JsonNode> lijst(JsonNode array) {
        return array == null ? List.of() : new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }
}
