package nl.jeugdportaal.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's registration as shipped: the API calls of {@code demo/registratie.ndjson}, read the way
 * tests need them. Ids are the demo's keys ("noor", "sanne", "joost"); a dossier is "D-" and its child's key.
 */
public final class Demobestand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<Aanroep> aanroepen;

    /** One PUT of the file: its path split at the slashes, and its body (dates still as periods). */
    public record Aanroep(List<String> pad, JsonNode body) {
        /** "personen", "dossiers/stukken", "dossiers/plan": the kind of object, without the ids. */
        public String soort() {
            return pad.size() == 2 ? pad.get(0) : pad.get(0) + "/" + pad.get(2);
        }

        public String id() {
            return pad.get(pad.size() == 4 ? 3 : 1);
        }

        /** The key of the child whose dossier this call is about ("D-noor" gives "noor"). */
        public String kind() {
            return pad.get(1).substring("D-".length());
        }
    }

    private Demobestand() {
    }

    public static synchronized List<Aanroep> aanroepen() {
        if (aanroepen == null) {
            List<Aanroep> gelezen = new ArrayList<>();
            try (InputStream in = Demobestand.class.getClassLoader().getResourceAsStream("demo/registratie.ndjson");
                    BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
                    if (!regel.isBlank()) {
                        JsonNode n = JSON.readTree(regel);
                        gelezen.add(new Aanroep(List.of(n.get("pad").asText().substring(1).split("/")), n.get("body")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            aanroepen = List.copyOf(gelezen);
        }
        return aanroepen;
    }

    /** The bodies of one kind in file order, e.g. {@code van("dossiers/stukken")}. */
    public static List<Aanroep> van(String soort) {
        return aanroepen().stream().filter(a -> a.soort().equals(soort)).toList();
    }

    /** Everyone the file registers (clients, medewerkers, vertrouwenspersonen) by key, in file order, last body kept. */
    public static Map<String, JsonNode> mensen() {
        Map<String, JsonNode> mensen = new LinkedHashMap<>();
        for (Aanroep a : aanroepen()) {
            if (List.of("personen", "medewerkers", "vertrouwenspersonen").contains(a.soort())) {
                mensen.put(a.id(), a.body());
            }
        }
        return mensen;
    }
}
