package nl.jeugdportaal.bronsysteem.importeren;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of an import file: {@code {"methode": "PUT", "pad": "/personen/P-1", "body": {...}}},
 * {@code {"methode": "PUT", "pad": "/dossiers/D-1/stukken/S-1/document", "pdf": "S-1.pdf"}} or
 * {@code {"methode": "DELETE", "pad": "/dossiers/D-1/stukken/S-1"}}. The path is relative to
 * /api/registratie/v1; a pdf is a file relative to the import file. Only the shape of the line is
 * checked here: what the body means is for the portal to judge, through the API like any call.
 */
record Aanroep(String methode, String pad, String body, Path pdf) {
    private static final Set<String> VELDEN = Set.of("methode", "pad", "body", "pdf");
    /** The contract's ids and the slashes between them; nothing else reaches the URL. */
    private static final Pattern PAD = Pattern.compile("(/[A-Za-z0-9._:-]{1,64})+");

    static Aanroep lees(ObjectMapper json, String regel, Path map) throws OngeldigeRegel {
        JsonNode n;
        try {
            n = json.readTree(regel);
        } catch (JsonProcessingException e) {
            throw new OngeldigeRegel("Deze regel is geen geldige JSON (" + e.getOriginalMessage() + ").");
        }
        if (n == null || !n.isObject()) {
            throw new OngeldigeRegel("Een regel is één JSON-object: {\"methode\": ..., \"pad\": ..., \"body\": ...}.");
        }
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String veld = it.next();
            if (!VELDEN.contains(veld)) {
                throw new OngeldigeRegel("Het veld " + veld + " kent het importformaat niet; alleen methode, pad, body en pdf.");
            }
        }
        String methode = n.path("methode").asText("");
        String pad = n.path("pad").asText("");
        if (!PAD.matcher(pad).matches()) {
            throw new OngeldigeRegel("pad moet een pad van de API zijn, zoals /personen/P-1.");
        }
        if (methode.equals("DELETE") && !n.has("body") && !n.has("pdf")) {
            return new Aanroep(methode, pad, null, null);
        }
        if (methode.equals("PUT") && n.has("pdf") && !n.has("body")) {
            return new Aanroep(methode, pad, null, map.resolve(n.path("pdf").asText()));
        }
        if (methode.equals("PUT") && n.has("body") && !n.has("pdf")) {
            return new Aanroep(methode, pad, n.get("body").toString(), null);
        }
        throw new OngeldigeRegel("methode is PUT (met body of pdf) of DELETE (zonder body).");
    }

    static final class OngeldigeRegel extends Exception {
        OngeldigeRegel(String melding) {
            super(melding, null, false, false);
        }
    }
}
