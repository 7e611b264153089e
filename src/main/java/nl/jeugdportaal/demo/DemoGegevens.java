package nl.jeugdportaal.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Functie;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Toestemming;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Adds to the demo families what the registratie API does not register: what clients did
 * (toestemmingen, machtigingen, the plan's history, complaints) and what the demo's logins need
 * besides (demo.json says which). The families themselves came in through the API's own code
 * first (bronsysteem.Demoregistratie); they are found here by their bronsysteem ids. Dates in the
 * files are periods before today, so the demo is the same whatever day it first starts.
 */
@ApplicationScoped
public class DemoGegevens {
    private static final Logger LOG = Logger.getLogger(DemoGegevens.class);

    @ConfigProperty(name = "jeugdportaal.demo.laden")
    boolean laden;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    void opStart(@Observes StartupEvent event) {
        if (laden) {
            laadAlsLeeg();
        }
    }

    @Transactional
    public void laadAlsLeeg() {
        if (Toestemming.count() > 0 || Machtiging.count() > 0) {
            LOG.info("Demo-gegevens staan al in de database; niets geladen.");
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        JsonNode demo = lees("demo/demo.json");
        Map<String, Persoon> personen = new HashMap<>();
        Persoon.<Persoon>list("bronId is not null").forEach(p -> personen.put(p.bronId, p));
        Map<String, Dossier> dossiers = new HashMap<>();
        Dossier.<Dossier>list("order by id").forEach(d -> dossiers.put(d.kind.bronId, d));
        vulAan(demo, personen, vandaag);
        laadToestemmingen(demo, personen, vandaag);
        int plannen = new PlanDemo(personen, dossiers, geleden -> datum(vandaag, geleden)).laad(lees("demo/plan.json"));
        int klachten = new KlachtDemo(vandaag, List.copyOf(dossiers.values())).laad();
        LOG.infof("Demo-gegevens aangevuld: %d personen, %d dossiers, %d plannen, %d klachten.", personen.size(),
                dossiers.size(), plannen, klachten);
    }

    /**
     * What the API has no field for: the BSN and birth date staff log in with in the demo realm
     * (every demo login carries a BSN), an organisatie, a pleegouder's relation, and that Femke is
     * a vertrouwenspersoon (a stuk is about her, and the API lets a stuk be about persons only).
     */
    private static void vulAan(JsonNode demo, Map<String, Persoon> personen, LocalDate vandaag) {
        for (JsonNode a : demo.get("aanvullingen")) {
            Persoon persoon = personen.get(a.get("persoon").asText());
            if (a.hasNonNull("bsn")) {
                persoon.bsn = a.get("bsn").asText();
                persoon.geboortedatum = datum(vandaag, a.get("geboren"));
            }
            if (a.hasNonNull("functie")) {
                persoon.functie = Functie.valueOf(a.get("functie").asText());
            }
            if (a.hasNonNull("organisatie")) {
                persoon.organisatie = a.get("organisatie").asText();
            }
        }
        for (JsonNode r : demo.get("relaties")) {
            Relatie relatie = new Relatie();
            relatie.persoon = personen.get(r.get("persoon").asText());
            relatie.kind = personen.get(r.get("kind").asText());
            relatie.soort = Relatiesoort.valueOf(r.get("soort").asText());
            relatie.gezag = r.get("gezag").asBoolean();
            relatie.vanaf = datum(vandaag, r.get("vanaf"));
            relatie.persist();
        }
    }

    private static void laadToestemmingen(JsonNode demo, Map<String, Persoon> personen, LocalDate vandaag) {
        for (JsonNode t : demo.get("toestemmingen")) {
            Toestemming toestemming = new Toestemming();
            toestemming.gever = personen.get(t.get("van").asText());
            toestemming.ontvanger = personen.get(t.get("aan").asText());
            toestemming.over = personen.get(t.get("over").asText());
            toestemming.vanaf = datum(vandaag, t.get("vanaf"));
            toestemming.tot = datum(vandaag, t.get("tot"));
            toestemming.persist();
        }
        for (JsonNode m : demo.get("machtigingen")) {
            Machtiging machtiging = new Machtiging();
            machtiging.client = personen.get(m.get("van").asText());
            machtiging.vertrouwenspersoon = personen.get(m.get("aan").asText());
            machtiging.vanaf = datum(vandaag, m.get("vanaf"));
            machtiging.tot = datum(vandaag, m.get("tot"));
            machtiging.persist();
        }
    }

    private JsonNode lees(String pad) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(pad)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet lezen", e);
        }
    }

    private static LocalDate datum(LocalDate vandaag, JsonNode geleden) {
        return geleden == null || geleden.isNull() ? null : vandaag.minus(Period.parse(geleden.asText()));
    }
}
