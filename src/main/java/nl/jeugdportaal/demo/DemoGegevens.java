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
import nl.jeugdportaal.registratie.*;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.registratie.Toestemming;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo families into an empty database. Dates in the files are periods before today,
 * so a child of 16 in the demo is 16 whenever the demo is first started.
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
        if (Persoon.count() > 0) {
            LOG.info("Demo-gegevens staan al in de database; niets geladen.");
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        JsonNode demo = lees("demo/demo.json");
        Map<String, Persoon> personen = new HashMap<>();
        Map<String, String> rollen = new HashMap<>();
        for (JsonNode p : demo.get("personen")) {
            Persoon persoon = new Persoon();
            persoon.bsn = p.get("bsn").asText();
            persoon.voornaam = p.get("voornaam").asText();
            persoon.achternaam = p.get("achternaam").asText();
            persoon.geboortedatum = datum(vandaag, p.get("geboren"));
            persoon.telefoon = tekst(p, "telefoon");
            persoon.organisatie = tekst(p, "organisatie");
            persoon.functie = p.hasNonNull("functie") ? Functie.valueOf(p.get("functie").asText()) : null;
            if (p.hasNonNull("login")) {
                persoon.email = p.get("login").asText() + "@demo.jeugdportaal.nl";
            }
            persoon.persist();
            String sleutel = p.get("sleutel").asText();
            personen.put(sleutel, persoon);
            rollen.put(sleutel, tekst(p, "rol"));
        }
        for (JsonNode t : demo.get("teams")) {
            Team team = new Team();
            team.naam = t.get("naam").asText();
            team.leidinggevende = personen.get(t.get("leidinggevende").asText());
            team.persist();
            t.get("jeugdbeschermers").forEach(j -> personen.get(j.asText()).team = team);
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
        for (JsonNode w : demo.get("wilsonbekwaam")) {
            Wilsonbekwaamheid wilsonbekwaam = new Wilsonbekwaamheid();
            wilsonbekwaam.persoon = personen.get(w.get("persoon").asText());
            wilsonbekwaam.vanaf = datum(vandaag, w.get("vanaf"));
            wilsonbekwaam.toelichting = tekst(w, "toelichting");
            wilsonbekwaam.persist();
        }
        Map<String, Dossier> dossiers = new HashMap<>();
        for (JsonNode d : demo.get("dossiers")) {
            Dossier dossier = new Dossier();
            dossier.kind = personen.get(d.get("kind").asText());
            dossier.jeugdbeschermer = personen.get(d.get("jeugdbeschermer").asText());
            for (JsonNode m : d.get("maatregelen")) {
                Maatregel maatregel = new Maatregel();
                maatregel.dossier = dossier;
                maatregel.soort = MaatregelSoort.valueOf(m.get("soort").asText());
                maatregel.begindatum = datum(vandaag, m.get("begin"));
                maatregel.einddatum = datum(vandaag, m.get("eind"));
                dossier.maatregelen.add(maatregel);
            }
            dossier.geopend = dossier.maatregelen.get(0).begindatum;
            dossier.persist();
            dossiers.put(d.get("kind").asText(), dossier);
        }
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
        int stukken = laadStukken(vandaag, personen, rollen, dossiers);
        int plannen = new PlanDemo(personen, dossiers, geleden -> datum(vandaag, geleden)).laad(lees("demo/plan.json"));
        int klachten = new KlachtDemo(vandaag, List.copyOf(dossiers.values())).laad();
        LOG.infof("Demo-gegevens geladen: %d personen, %d teams, %d dossiers, %d stukken, %d plannen, %d klachten.", personen.size(),
                demo.get("teams").size(), dossiers.size(), stukken, plannen, klachten);
    }

    private int laadStukken(LocalDate vandaag, Map<String, Persoon> personen, Map<String, String> rollen,
            Map<String, Dossier> dossiers) {
        if (getClass().getClassLoader().getResource("demo/stukken.json") == null) {
            return 0;
        }
        int aantal = 0;
        for (JsonNode s : lees("demo/stukken.json").get("stukken")) {
            Stuk stuk = new Stuk();
            stuk.dossier = dossiers.get(s.get("dossier").asText());
            stuk.datum = datum(vandaag, s.get("geleden"));
            stuk.soort = StukSoort.valueOf(s.get("soort").asText());
            String auteur = s.get("auteur").asText();
            Persoon medewerker = personen.get(auteur);
            stuk.auteur = medewerker == null ? auteur : medewerker.naam() + ", " + rollen.get(auteur);
            stuk.titel = s.get("titel").asText();
            stuk.tekst = s.get("tekst").asText();
            stuk.afgeschermd = s.path("afgeschermd").asBoolean(false);
            for (JsonNode over : s.get("over")) {
                stuk.over.add(personen.get(over.asText()));
            }
            // Passages about particular persons (DOMAIN §2 rule 10), in order.
            for (JsonNode d : s.path("delen")) {
                StukDeel deel = new StukDeel();
                deel.stuk = stuk;
                deel.volgorde = stuk.delen.size() + 1;
                deel.tekst = d.get("tekst").asText();
                for (JsonNode over : d.get("over")) {
                    deel.over.add(personen.get(over.asText()));
                }
                stuk.delen.add(deel);
            }
            stuk.persist();
            aantal++;
        }
        return aantal;
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

    private static String tekst(JsonNode node, String veld) {
        return node.hasNonNull(veld) ? node.get(veld).asText() : null;
    }
}
