package nl.jeugdportaal.bronsysteem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;
import nl.jeugdportaal.registratie.Persoon;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo families come in the way a GI's case system brings its own: {@code demo/registratie.ndjson}
 * holds calls of the registratie API in the lines of {@code scripts/import}, and each body is read
 * by {@link Vormcontrole} and stored by {@link Registraties}, as the API does. So the demo runs the
 * real path and every demo person has a bronsysteem id (the event feed names it).
 *
 * <p>Dates in the file are periods before the day of loading ({@code P9Y5M}; {@code -P2M} is two
 * months ahead), so a child of 16 in the demo is 16 whenever the demo first starts. This runs before
 * the demo feature adds what clients did (DemoGegevens, at the default observer priority).
 */
@ApplicationScoped
public class Demoregistratie {
    private static final Logger LOG = Logger.getLogger(Demoregistratie.class);
    private static final String BESTAND = "demo/registratie.ndjson";
    /** The actor of the demo's registrations in the audit log. */
    private static final String CLIENT = "demo";
    private static final Pattern GELEDEN = Pattern.compile("-?P([0-9]+[YMWD])+");

    @ConfigProperty(name = "jeugdportaal.demo.laden")
    boolean laden;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    Registraties registraties;
    @Inject
    Dossierregistraties dossiers;
    @Inject
    Relatieregistraties relaties;

    void opStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) StartupEvent event) {
        if (laden) {
            laadAlsLeeg();
        }
    }

    /** One transaction: a demo that cannot be registered whole is not registered at all. */
    @Transactional
    public void laadAlsLeeg() {
        if (Persoon.count() > 0) {
            LOG.info("Er staan al personen in de database; de demoregistratie is niet geladen.");
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        int nummer = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BESTAND);
                BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
                nummer++;
                if (!regel.isBlank()) {
                    stuur(json.readTree(regel), vandaag, nummer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + BESTAND + " niet lezen", e);
        }
        LOG.infof("Demoregistratie geladen: %d aanroepen van de registratie-API.", nummer);
    }

    private void stuur(JsonNode aanroep, LocalDate vandaag, int nummer) throws IOException {
        String pad = aanroep.get("pad").asText();
        byte[] body = json.writeValueAsBytes(metData(aanroep.get("body"), vandaag));
        try {
            zet(pad.substring(1).split("/"), body);
        } catch (Probleem p) {
            throw new IllegalStateException(BESTAND + " regel " + nummer + " (" + pad + ") geweigerd: " + p.body(), p);
        }
    }

    /** The paths of the contract that the demo uses, to the same Registraties call as the API's. */
    private void zet(String[] pad, byte[] body) {
        String id = pad[1];
        switch (pad.length == 2 ? pad[0] : pad[0] + "/" + pad[2]) {
            case "personen" -> registraties.zetPersoon(id, vorm(body, Vormen.Persoon.class), null, CLIENT);
            case "medewerkers" -> registraties.zetMedewerker(id, vorm(body, Vormen.Medewerker.class), null, CLIENT);
            case "vertrouwenspersonen" ->
                registraties.zetVertrouwenspersoon(id, vorm(body, Vormen.Vertrouwenspersoon.class), null, CLIENT);
            case "teams" -> registraties.zetTeam(id, vorm(body, Vormen.Team.class), null, CLIENT);
            case "relaties" -> relaties.zetRelatie(id, vorm(body, Vormen.Relatie.class), null, CLIENT);
            case "wilsonbekwaamheden" ->
                relaties.zetWilsonbekwaamheid(id, vorm(body, Vormen.Wilsonbekwaamheid.class), null, CLIENT);
            case "dossiers" -> dossiers.zetDossier(id, vorm(body, Vormen.Dossier.class), null, CLIENT);
            case "dossiers/maatregelen" ->
                dossiers.zetMaatregel(id, pad[3], vorm(body, Vormen.Maatregel.class), null, CLIENT);
            case "dossiers/stukken" -> dossiers.zetStuk(id, pad[3], vorm(body, Vormen.Stuk.class), null, CLIENT);
            case "dossiers/plan" -> dossiers.zetPlan(id, vorm(body, Vormen.Plan.class), null, CLIENT);
            default -> throw new IllegalStateException("Geen pad van de registratie-API: /" + String.join("/", pad));
        }
    }

    private <V> V vorm(byte[] body, Class<V> vorm) {
        return Vormcontrole.lees(json, body, vorm);
    }

    /** Every text that is a period ("P9Y5M") becomes the date that long before today. */
    private static JsonNode metData(JsonNode node, LocalDate vandaag) {
        if (node.isTextual() && GELEDEN.matcher(node.textValue()).matches()) {
            return new TextNode(vandaag.minus(Period.parse(node.textValue())).toString());
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(veld -> veld.setValue(metData(veld.getValue(), vandaag)));
        } else if (node instanceof ArrayNode lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                lijst.set(i, metData(lijst.get(i), vandaag));
            }
        }
        return node;
    }
}
