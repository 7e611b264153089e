package nl.jeugdportaal.demo;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each demo family tells one story: what the plan says, the dossier holds, the registration knows
 * and wie-is-wie names must agree (issue 14). Reads the three demo files as they are shipped; dates
 * are "geleden" periods, compared on one fixed day.
 */
class DemoVerhaalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 15);
    private static final Pattern GEWELD = Pattern.compile("(?i)geweld|slaan|schop|mishandel");
    private static JsonNode demo;
    private static JsonNode plan;
    private static List<JsonNode> stukken;

    @BeforeAll
    static void lees() throws IOException {
        Path map = Path.of("src/main/resources/demo");
        demo = JSON.readTree(map.resolve("demo.json").toFile());
        plan = JSON.readTree(map.resolve("plan.json").toFile());
        stukken = lijst(JSON.readTree(map.resolve("stukken.json").toFile()).get("stukken"));
    }

    @Test
    void geweldInEenPlanStaatOokInEenStukVanHetDossier() {
        for (JsonNode p : lijst(plan.get("plannen"))) {
            String kind = p.get("kind").asText();
            if (GEWELD.matcher(planTekst(p)).find()) {
                assertTrue(stukkenVan(kind).stream().anyMatch(s -> GEWELD.matcher(s.get("tekst").asText()).find()),
                        "het plan van " + kind + " noemt geweld, geen stuk doet dat");
            }
        }
    }

    /** A verzoekschrift for verlenging without a later beschikking is pending: the plan says it was filed, on that day. */
    @Test
    void eenIngediendVerzoekTotVerlengingStaatOokInHetPlan() {
        for (JsonNode p : lijst(plan.get("plannen"))) {
            String kind = p.get("kind").asText();
            LocalDate verzoek = laatste(kind, "VERZOEKSCHRIFT", "verlenging");
            LocalDate beschikking = laatste(kind, "BESCHIKKING", "verlenging");
            if (verzoek != null && (beschikking == null || beschikking.isBefore(verzoek)) && eindeOts(kind).isAfter(VANDAAG)) {
                assertEquals("VERLENGEN", p.get("voornemen").asText(), kind);
                assertTrue(p.has("verzoekVerlenging"), "het plan van " + kind + " zegt niet dat het verzoek is ingediend");
                assertEquals(verzoek, datum(p.get("verzoekVerlenging").asText()), kind + ": de dag van het verzoekschrift");
            }
        }
    }

    @Test
    void elkeOtsBegintBijEenBeschikkingVanDeKinderrechter() {
        for (JsonNode d : lijst(demo.get("dossiers"))) {
            String kind = d.get("kind").asText();
            for (JsonNode m : lijst(d.get("maatregelen"))) {
                if (!m.get("soort").asText().equals("OTS")) {
                    continue;
                }
                LocalDate begin = datum(m.get("begin").asText());
                boolean beschikt = stukkenVan(kind).stream().filter(s -> s.get("soort").asText().equals("BESCHIKKING"))
                        .anyMatch(s -> Math.abs(ChronoUnit.DAYS.between(begin, datum(s.get("geleden").asText()))) <= 7);
                assertTrue(beschikt, "de OTS van " + kind + " begint zonder beschikking in het dossier");
                LocalDate einde = m.has("eind") ? datum(m.get("eind").asText()) : null;
                assertTrue(einde == null || !einde.isAfter(begin.plusYears(2)), kind + ": een OTS duurt een jaar, met hooguit een verlenging hier");
            }
        }
    }

    /** A first name of a demo person in a plan belongs to that family, its jeugdbeschermer or its wie-is-wie. */
    @Test
    void wieEenPlanNoemtHoortBijDatGezin() {
        for (JsonNode p : lijst(plan.get("plannen"))) {
            String kind = p.get("kind").asText();
            Set<String> gezin = gezin(kind);
            String tekst = planTekst(p);
            for (JsonNode persoon : lijst(demo.get("personen"))) {
                String voornaam = persoon.get("voornaam").asText();
                if (Pattern.compile("\\b" + Pattern.quote(voornaam) + "\\b").matcher(tekst).find()) {
                    assertTrue(gezin.contains(persoon.get("sleutel").asText()) || betrokkene(kind, voornaam),
                            "het plan van " + kind + " noemt " + voornaam + ", die niet bij dit gezin hoort");
                }
            }
        }
    }

    @Test
    void eenPleegouderStaatInWieIsWieVanHetKind() {
        for (JsonNode r : lijst(demo.get("relaties"))) {
            if (r.get("soort").asText().equals("PLEEGOUDER")) {
                JsonNode p = persoon(r.get("persoon").asText());
                String naam = p.get("voornaam").asText() + " " + p.get("achternaam").asText();
                assertTrue(lijst(plan.get("betrokkenen")).stream().anyMatch(b -> b.get("kind").asText().equals(r.get("kind").asText())
                        && b.get("naam").asText().equals(naam)), naam + " staat niet bij wie is wie");
                assertFalse(r.get("gezag").asBoolean(), "een pleegouder heeft geen gezag");
            }
        }
    }

    @Test
    void geenTekstNoemtHetAkjAlsOfHetNogZoHeet() throws IOException {
        for (String bestand : List.of("demo.json", "plan.json", "stukken.json")) {
            String tekst = JSON.readTree(Path.of("src/main/resources/demo", bestand).toFile()).toString();
            assertFalse(Pattern.compile("AKJ(?! \\()").matcher(tekst.replace("vroeger AKJ", "").replace("vroegere AKJ", ""))
                    .find(), bestand + " noemt het AKJ als huidige naam");
        }
    }

    private static Set<String> gezin(String kind) {
        Set<String> gezin = new HashSet<>(List.of(kind));
        lijst(demo.get("relaties")).stream().filter(r -> r.get("kind").asText().equals(kind))
                .forEach(r -> gezin.add(r.get("persoon").asText()));
        lijst(demo.get("dossiers")).stream().filter(d -> d.get("kind").asText().equals(kind))
                .forEach(d -> gezin.add(d.get("jeugdbeschermer").asText()));
        return gezin;
    }

    private static boolean betrokkene(String kind, String voornaam) {
        return lijst(plan.get("betrokkenen")).stream().anyMatch(b -> b.get("kind").asText().equals(kind)
                && b.get("naam").asText().startsWith(voornaam + " "));
    }

    private static JsonNode persoon(String sleutel) {
        return lijst(demo.get("personen")).stream().filter(p -> p.get("sleutel").asText().equals(sleutel)).findFirst()
                .orElseThrow();
    }

    private static LocalDate eindeOts(String kind) {
        return lijst(demo.get("dossiers")).stream().filter(d -> d.get("kind").asText().equals(kind))
                .flatMap(d -> lijst(d.get("maatregelen")).stream()).filter(m -> m.get("soort").asText().equals("OTS") && m.has("eind"))
                .map(m -> datum(m.get("eind").asText())).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    private static LocalDate laatste(String kind, String soort, String inTitel) {
        return stukkenVan(kind).stream().filter(s -> s.get("soort").asText().equals(soort)
                && s.get("titel").asText().toLowerCase().contains(inTitel)).map(s -> datum(s.get("geleden").asText()))
                .max(LocalDate::compareTo).orElse(null);
    }

    private static List<JsonNode> stukkenVan(String kind) {
        return stukken.stream().filter(s -> s.get("dossier").asText().equals(kind)).toList();
    }

    private static String planTekst(JsonNode p) {
        StringBuilder tekst = new StringBuilder(p.path("watMoetVeranderen").asText());
        for (String deel : List.of("veiligheidsplan", "planVanAanpak")) {
            lijst(p.get(deel)).forEach(punt -> tekst.append(' ').append(punt.get("tekst").asText()));
        }
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
