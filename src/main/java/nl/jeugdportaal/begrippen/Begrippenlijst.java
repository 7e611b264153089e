package nl.jeugdportaal.begrippen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The glossary (DOMAIN.md §8: never jargon without its explanation), read once from
 * {@code begrippen/begrippen.json}. Also finds the known terms in a text, for the linker and for
 * the test that fails on an unlinked term, so both agree on what a term is.
 */
public final class Begrippenlijst {
    private static final Begrippenlijst STANDAARD = lees("begrippen/begrippen.json");

    private final List<Begrip> begrippen;
    private final Map<String, Begrip> perVorm = new HashMap<>();
    private final Pattern patroon;

    Begrippenlijst(List<Begrip> begrippen) {
        this.begrippen = begrippen.stream().sorted(Comparator.comparing(b -> b.term().toLowerCase(Locale.ROOT)))
                .toList();
        List<String> vormen = new ArrayList<>();
        for (Begrip b : begrippen) {
            for (String vorm : b.vormen()) {
                if (perVorm.put(sleutel(vorm), b) != null) {
                    throw new IllegalStateException("De vorm '" + vorm + "' staat bij twee begrippen");
                }
                vormen.add(vorm);
            }
        }
        // Longest first, so "machtiging uithuisplaatsing" wins over "machtiging". Abbreviations
        // (all capitals) only match in capitals: "gi" or "jr" inside a Dutch sentence is no term.
        String alternatieven = vormen.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(v -> afkorting(v) ? Pattern.quote(v) : "(?iu:" + Pattern.quote(v) + ")")
                .collect(Collectors.joining("|"));
        this.patroon = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternatieven + ")(?![\\p{L}\\p{N}-])");
    }

    public static Begrippenlijst standaard() {
        return STANDAARD;
    }

    public List<Begrip> alle() {
        return begrippen;
    }

    /** Where known terms occur in {@code tekst}, in order, without overlaps. */
    public List<Treffer> zoek(String tekst) {
        List<Treffer> treffers = new ArrayList<>();
        Matcher m = patroon.matcher(tekst);
        while (m.find()) {
            treffers.add(new Treffer(m.start(), m.end(), perVorm.get(sleutel(m.group()))));
        }
        return treffers;
    }

    public record Treffer(int begin, int eind, Begrip begrip) {
    }

    private static boolean afkorting(String vorm) {
        return vorm.length() <= 5 && vorm.chars().filter(Character::isLetter).anyMatch(Character::isUpperCase)
                && !vorm.contains(" ") && vorm.chars().filter(Character::isLowerCase).count() <= 2;
    }

    /** Abbreviations keep their case (OTS); words are compared in lower case (Ondertoezichtstelling). */
    private static String sleutel(String vorm) {
        return afkorting(vorm) ? vorm : vorm.toLowerCase(Locale.ROOT);
    }

    static Begrippenlijst lees(String pad) {
        try (InputStream in = Begrippenlijst.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException(pad + " ontbreekt");
            }
            List<Begrip> begrippen = new ArrayList<>();
            for (JsonNode b : new ObjectMapper().readTree(in).get("begrippen")) {
                List<String> vormen = new ArrayList<>();
                b.get("vormen").forEach(v -> vormen.add(v.asText()));
                begrippen.add(new Begrip(b.get("id").asText(), b.get("term").asText(), vormen, b.get("uitleg").asText()));
            }
            return new Begrippenlijst(begrippen);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet lezen", e);
        }
    }
}
