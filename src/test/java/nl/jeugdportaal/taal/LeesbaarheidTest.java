package nl.jeugdportaal.taal;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Dutch text the portal shows must be plain (DOMAIN.md §8): Flesch-Douma 60 or more and at
 * most 15 words per sentence on average, per template and for the glossary's explanations.
 */
class LeesbaarheidTest {
    static final double MINIMALE_SCORE = 60;
    static final double MAXIMALE_ZINSLENGTE = 15;
    static final int MINSTE_WOORDEN = 10;

    /** Block elements end a sentence, also without a full stop (a heading, a list item, a button). */
    private static final String BLOK = "(?i)</?(p|h[1-6]|li|dt|dd|td|th|caption|label|legend|button|option|summary"
            + "|title|div|section|nav|ul|ol|dl|tr|br|textarea|article|aside|header|footer|main|fieldset|form|table|text|desc)\\b[^>]*>";

    /** The text a reader sees: without Qute sections, expressions and comments, and without markup. */
    static String zichtbareTekst(String template) {
        return template
                .replaceAll("(?s)\\{!.*?!}", " ")
                .replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("\\{[#/@][^}]*}", "\n")
                .replaceAll("\\{[^}\\s][^}]*}", " ")
                .replaceAll(BLOK, "\n")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("(\\d)[.,:](\\d)", "$1$2")
                .replace("&amp;", "&").replace("&nbsp;", " ").replace("&#39;", "'").replaceAll("&\\w+;", " ");
    }

    static List<Leesbaarheid> alleTeksten() throws IOException {
        List<Leesbaarheid> teksten = new ArrayList<>();
        Path root = Path.of("ui-templates");
        try (Stream<Path> bestanden = Files.walk(root)) {
            for (Path p : bestanden.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                teksten.add(Leesbaarheid.van(root.relativize(p).toString(), zichtbareTekst(Files.readString(p))));
            }
        }
        // The Dutch message bundles: each text is one line, so a key without a full stop still ends a sentence.
        try (Stream<Path> bundels = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path p : bundels.filter(f -> f.toString().endsWith("_nl.properties")).sorted().toList()) {
                java.util.Properties bundel = new java.util.Properties();
                try (java.io.Reader in = Files.newBufferedReader(p)) {
                    bundel.load(in);
                }
                teksten.add(Leesbaarheid.van(p.getFileName().toString(), zichtbareTekst(String.join("\n",
                        bundel.values().stream().map(Object::toString).toList()))));
            }
        }
        JsonNode begrippen = new ObjectMapper().readTree(Path.of("src/main/resources/begrippen/begrippen.json").toFile());
        StringBuilder uitleg = new StringBuilder();
        begrippen.get("begrippen").forEach(b -> uitleg.append(b.get("uitleg").asText()).append('\n'));
        teksten.add(Leesbaarheid.van("begrippen.json", uitleg.toString()));
        return teksten;
    }

    @Test
    void elkeTekstIsEenvoudigGenoeg() throws IOException {
        List<Leesbaarheid> teksten = alleTeksten();
        assertTrue(teksten.size() > 10, "geen templates gevonden");
        List<Leesbaarheid> slechtste = teksten.stream().filter(t -> t.woorden() > 0)
                .sorted(Comparator.comparingDouble(Leesbaarheid::score)).limit(5).toList();
        // A template whose own text is a name or an address (its sentences live in the bundles) has no
        // sentences to score: Flesch-Douma of "Jeugdportaal GI" says nothing.
        List<Leesbaarheid> fout = teksten.stream().filter(t -> t.woorden() >= MINSTE_WOORDEN)
                .filter(t -> t.score() < MINIMALE_SCORE || t.woordenPerZin() > MAXIMALE_ZINSLENGTE).toList();
        assertTrue(fout.isEmpty(), () -> "Te moeilijk: " + fout.stream().map(Leesbaarheid::naam).toList()
                + "\nDe vijf moeilijkste:\n" + slechtste.stream().map(Leesbaarheid::toString).collect(Collectors.joining("\n")));
    }

    /**
     * The routes, the crisis block and the KJMN texts of issue 14 are plain in English too (Flesch
     * reading ease), and the glossary's "je" explanations and English explanations are as plain as
     * the Dutch "u" ones.
     */
    @Test
    void deNieuweTekstenZijnOokInHetEngelsEnInDeJeVormEenvoudig() throws IOException {
        List<Leesbaarheid> nederlands = new ArrayList<>();
        List<Leesbaarheid> engels = new ArrayList<>();
        for (String bundel : List.of("rechten", "crisis", "klachtroute")) {
            nederlands.add(Leesbaarheid.van(bundel + "_nl", bundeltekst(bundel + "_nl")));
            engels.add(Leesbaarheid.van(bundel + "_en", bundeltekst(bundel + "_en")));
        }
        JsonNode begrippen = new ObjectMapper().readTree(Path.of("src/main/resources/begrippen/begrippen.json").toFile());
        StringBuilder je = new StringBuilder();
        StringBuilder en = new StringBuilder();
        begrippen.get("begrippen").forEach(b -> {
            je.append(b.path("uitlegJe").asText(b.get("uitleg").asText())).append('\n');
            en.append(b.get("en").get("uitleg").asText()).append('\n');
        });
        nederlands.add(Leesbaarheid.van("begrippen.json uitlegJe", je.toString()));
        engels.add(Leesbaarheid.van("begrippen.json en", en.toString()));
        List<String> fout = new ArrayList<>();
        nederlands.stream().filter(t -> t.score() < MINIMALE_SCORE || t.woordenPerZin() > MAXIMALE_ZINSLENGTE)
                .forEach(t -> fout.add(t.toString()));
        engels.stream().filter(t -> t.scoreEngels() < MINIMALE_SCORE || t.woordenPerZin() > MAXIMALE_ZINSLENGTE)
                .forEach(t -> fout.add(t.naam() + ": Flesch " + Math.round(t.scoreEngels()) + ", " + t.woordenPerZin() + " woorden per zin"));
        assertTrue(fout.isEmpty(), "Te moeilijk: " + fout);
    }

    private static String bundeltekst(String bestand) throws IOException {
        java.util.Properties bundel = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages", bestand + ".properties"))) {
            bundel.load(in);
        }
        return zichtbareTekst(String.join("\n", bundel.values().stream().map(Object::toString).toList()));
    }

    @Test
    void deMaatKanFalen() {
        Leesbaarheid moeilijk = Leesbaarheid.van("voorbeeld", "De gecertificeerde instelling verzorgt ingevolge de"
                + " desbetreffende wetsbepalingen de uitvoering van kinderbeschermingsmaatregelen en jeugdreclassering.");
        assertTrue(moeilijk.score() < MINIMALE_SCORE, moeilijk.toString());
        Leesbaarheid makkelijk = Leesbaarheid.van("voorbeeld", "Je mag zeggen wat je vindt. Wij luisteren.");
        assertTrue(makkelijk.score() > MINIMALE_SCORE, makkelijk.toString());
        assertEquals(4, Leesbaarheid.lettergrepen("geïnformeerd"));
        assertEquals(2, Leesbaarheid.lettergrepen("ouders"));
    }

    @Test
    void quteEnMarkupVallenWeg() {
        String tekst = zichtbareTekst("{#if x}<h1 class=\"a\">Hoi {naam}</h1>{/if}<p>Van 8.30 tot 17.00 uur.</p>");
        assertEquals(List.of("Hoi", "Van", "830", "tot", "1700", "uur"), Leesbaarheid.woordenIn(tekst));
    }
}
