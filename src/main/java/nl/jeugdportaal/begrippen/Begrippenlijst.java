package nl.jeugdportaal.begrippen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.web.Taal;

/**
 * The glossary (DOMAIN.md §8: never jargon without its explanation), read once from
 * {@code begrippen/begrippen.json}. Also finds the known terms in a text, for the page linker and
 * for the test that fails on an unlinked term, so both agree on what a term is.
 */
public final class Begrippenlijst {
    private static final Begrippenlijst STANDAARD = lees("begrippen/begrippen.json");

    private final List<Begrip> begrippen;
    private final Map<String, Vorm> perVorm = new HashMap<>();
    private final Map<Taal, Zoekboom> zoekbomen = new EnumMap<>(Taal.class);

    /** A word that links to {@code begrip}; {@code nederlands} when it is Dutch only, so an English page marks it. */
    public record Vorm(Begrip begrip, boolean nederlands) {
    }

    /** Where a term occurs in a text. */
    public record Treffer(int begin, int eind, Vorm vorm) {
        public Begrip begrip() {
            return vorm.begrip();
        }
    }

    Begrippenlijst(List<Begrip> begrippen) {
        this.begrippen = begrippen.stream().sorted(Comparator.comparing(b -> b.term().toLowerCase(Locale.ROOT)))
                .toList();
        Zoekboom nederlands = new Zoekboom();
        // English pages keep the Dutch terms ("parental authority (gezag)"), so they look for both.
        Zoekboom engels = new Zoekboom();
        for (Begrip b : begrippen) {
            Set<String> engelseSleutels = b.engels().vormen().stream().map(Begrippenlijst::sleutel)
                    .collect(Collectors.toSet());
            for (String vorm : b.vormen()) {
                Vorm wat = new Vorm(b, !engelseSleutels.contains(sleutel(vorm)));
                if (voegToe(vorm, wat)) {
                    nederlands.voegToe(vorm, afkorting(vorm), wat);
                    engels.voegToe(vorm, afkorting(vorm), wat);
                }
            }
            for (String vorm : b.engels().vormen()) {
                if (voegToe(vorm, new Vorm(b, false))) {
                    engels.voegToe(vorm, afkorting(vorm), new Vorm(b, false));
                }
            }
        }
        zoekbomen.put(Taal.NL, nederlands);
        zoekbomen.put(Taal.EN, engels);
    }

    /** Whether this word is new; a word at two entries is a mistake in the glossary. */
    private boolean voegToe(String vorm, Vorm wat) {
        // The linker reads the escaped HTML of a page, where these characters are entities.
        if (vorm.chars().anyMatch(c -> "<>&\"'".indexOf(c) >= 0)) {
            throw new IllegalStateException("De vorm '" + vorm + "' heeft een teken dat HTML anders schrijft");
        }
        Vorm eerder = perVorm.putIfAbsent(sleutel(vorm), wat);
        if (eerder != null && !eerder.begrip().id().equals(wat.begrip().id())) {
            throw new IllegalStateException("De vorm '" + vorm + "' staat bij twee begrippen");
        }
        return eerder == null;
    }

    public static Begrippenlijst standaard() {
        return STANDAARD;
    }

    /** Every entry, in the order of the Dutch terms. */
    public List<Begrip> alle() {
        return begrippen;
    }

    /** The first term in {@code tekst} between {@code van} and {@code tot} on a page in this language, or null. */
    Treffer volgende(CharSequence tekst, int van, int tot, Taal taal) {
        return zoekbomen.get(taal).volgende(tekst, van, tot);
    }

    /** Where known terms occur in {@code tekst} on a page in this language, in order, without overlaps. */
    public List<Treffer> zoek(String tekst, Taal taal) {
        List<Treffer> treffers = new ArrayList<>();
        Treffer t = volgende(tekst, 0, tekst.length(), taal);
        while (t != null) {
            treffers.add(t);
            t = volgende(tekst, t.eind(), tekst.length(), taal);
        }
        return treffers;
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
                JsonNode en = b.get("en");
                if (en == null) {
                    throw new IllegalStateException("Begrip " + b.get("id").asText() + " heeft geen Engels");
                }
                begrippen.add(new Begrip(b.get("id").asText(), b.get("term").asText(), teksten(b.get("vormen")),
                        b.get("uitleg").asText(), b.has("uitlegJe") ? b.get("uitlegJe").asText() : b.get("uitleg").asText(),
                        new Begrip.Engels(en.get("term").asText(), teksten(en.get("vormen")), en.get("uitleg").asText())));
            }
            return new Begrippenlijst(begrippen);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet lezen", e);
        }
    }

    private static List<String> teksten(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(v -> teksten.add(v.asText()));
        return teksten;
    }
}
