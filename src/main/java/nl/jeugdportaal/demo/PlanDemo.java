package nl.jeugdportaal.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import nl.jeugdportaal.betrokkenen.Betrokkene;
import nl.jeugdportaal.betrokkenen.JeugdbeschermerWissel;
import nl.jeugdportaal.plan.Familiegroepsplan;
import nl.jeugdportaal.plan.Inbreng;
import nl.jeugdportaal.plan.Jeugdbeschermingstafel;
import nl.jeugdportaal.plan.Plan;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/**
 * Loads {@code demo/plan.json}: what happened around the plans the API registered (since when each
 * is in its phase, opinions, familiegroepsplan choices, a JBT, wie is wie, a change of jeugdbeschermer).
 */
final class PlanDemo {
    private final Map<String, Persoon> personen;
    private final Map<String, Dossier> dossiers;
    private final Function<JsonNode, LocalDate> datum;

    PlanDemo(Map<String, Persoon> personen, Map<String, Dossier> dossiers, Function<JsonNode, LocalDate> datum) {
        this.personen = personen;
        this.dossiers = dossiers;
        this.datum = datum;
    }

    int laad(JsonNode demo) {
        for (JsonNode f : demo.get("fasen")) {
            // The API starts a new plan's phase today; the demo's plans have been in theirs for a while.
            Plan.vanDossier(dossiers.get(f.get("kind").asText())).orElseThrow().faseSinds = datum(f, "faseSinds");
        }
        laadInbreng(demo);
        laadJbt(demo);
        laadWieIsWie(demo);
        return demo.get("fasen").size();
    }

    private void laadInbreng(JsonNode demo) {
        for (JsonNode i : demo.get("inbreng")) {
            Inbreng inbreng = new Inbreng();
            inbreng.dossier = dossiers.get(i.get("kind").asText());
            inbreng.persoon = personen.get(i.get("persoon").asText());
            inbreng.onderwerp = Inbreng.Onderwerp.valueOf(i.get("onderwerp").asText());
            inbreng.tekst = i.get("tekst").asText();
            inbreng.geschreven = moment(datum(i, "geleden"));
            inbreng.persist();
        }
        for (JsonNode f : demo.get("familiegroepsplannen")) {
            Familiegroepsplan fgp = new Familiegroepsplan();
            fgp.dossier = dossiers.get(f.get("kind").asText());
            fgp.keuze = Familiegroepsplan.Keuze.valueOf(f.get("keuze").asText());
            fgp.gekozenDoor = personen.get(f.get("door").asText());
            fgp.gekozenOp = datum(f, "op");
            fgp.persist();
        }
    }

    private void laadJbt(JsonNode demo) {
        for (JsonNode j : demo.get("jbt")) {
            Jeugdbeschermingstafel jbt = new Jeugdbeschermingstafel();
            jbt.dossier = dossiers.get(j.get("kind").asText());
            jbt.moment = datum(j, "over").atTime(LocalTime.parse(j.get("uur").asText()));
            jbt.plaats = j.get("plaats").asText();
            jbt.organisator = j.get("organisator").asText();
            jbt.vraag = j.get("vraag").asText();
            for (JsonNode g : j.get("genodigden")) {
                Jeugdbeschermingstafel.Genodigde genodigde = new Jeugdbeschermingstafel.Genodigde();
                genodigde.naam = g.get("naam").asText();
                genodigde.rol = g.get("rol").asText();
                jbt.genodigden.add(genodigde);
            }
            for (JsonNode s : j.get("stukken")) {
                Jeugdbeschermingstafel.JbtStuk stuk = new Jeugdbeschermingstafel.JbtStuk();
                stuk.titel = s.get("titel").asText();
                stuk.verstuurd = datum(s, "verstuurd");
                jbt.stukken.add(stuk);
            }
            jbt.persist();
        }
    }

    private void laadWieIsWie(JsonNode demo) {
        int volgorde = 0;
        for (JsonNode b : demo.get("betrokkenen")) {
            Betrokkene betrokkene = new Betrokkene();
            betrokkene.dossier = dossiers.get(b.get("kind").asText());
            betrokkene.naam = b.get("naam").asText();
            betrokkene.rol = b.get("rol").asText();
            betrokkene.organisatie = tekst(b, "organisatie");
            betrokkene.telefoon = tekst(b, "telefoon");
            betrokkene.email = tekst(b, "email");
            betrokkene.bereikbaar = tekst(b, "bereikbaar");
            betrokkene.volgorde = volgorde++;
            betrokkene.persist();
        }
        for (JsonNode w : demo.get("wissels")) {
            JeugdbeschermerWissel wissel = new JeugdbeschermerWissel();
            wissel.dossier = dossiers.get(w.get("kind").asText());
            wissel.vorige = personen.get(w.get("vorige").asText());
            wissel.nieuwe = personen.get(w.get("nieuwe").asText());
            wissel.per = datum(w, "per");
            wissel.persist();
        }
    }

    private LocalDate datum(JsonNode node, String veld) {
        return datum.apply(node.get(veld));
    }

    /** Noon on that day: the demo shows dates, and noon stays on the same day in any season. */
    private static Instant moment(LocalDate dag) {
        return dag.atTime(12, 0).atZone(Tijdzone.NEDERLAND).toInstant();
    }

    private static String tekst(JsonNode node, String veld) {
        return node.hasNonNull(veld) ? node.get(veld).asText() : null;
    }
}
