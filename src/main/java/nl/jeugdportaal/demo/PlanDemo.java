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
import nl.jeugdportaal.plan.Planpunt;
import nl.jeugdportaal.plan.Termijnen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.tijd.Klok;

/** Loads {@code demo/plan.json}: kept apart from demo.json so the plan's demo reads on its own. */
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
        for (JsonNode p : demo.get("plannen")) {
            Plan plan = new Plan();
            plan.dossier = dossiers.get(p.get("kind").asText());
            plan.fase = p.get("fase").asInt();
            plan.faseSinds = datum(p, "faseSinds");
            plan.status = Plan.Status.valueOf(p.get("status").asText());
            plan.watMoetVeranderen = p.get("watMoetVeranderen").asText();
            plan.eersteContactOp = datum(p, "eersteContact");
            plan.planVanAanpakOp = datum(p, "planVanAanpakKlaar");
            plan.hulpGestartOp = datum(p, "hulpGestart");
            plan.volgendeEvaluatie = datum(p, "volgendeEvaluatie");
            plan.voornemenEinde = Termijnen.Voornemen.valueOf(p.get("voornemen").asText());
            plan.verzoekVerlengingOp = datum(p, "verzoekVerlenging");
            plan.besluitVerlengingOp = datum(p, "besluitVerlenging");
            plan.raadIngelichtOp = datum(p, "raadIngelicht");
            punten(plan, p.get("veiligheidsplan"), Planpunt.Onderdeel.VEILIGHEIDSPLAN);
            punten(plan, p.get("planVanAanpak"), Planpunt.Onderdeel.PLAN_VAN_AANPAK);
            plan.persist();
        }
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
        return demo.get("plannen").size();
    }

    private void punten(Plan plan, JsonNode punten, Planpunt.Onderdeel onderdeel) {
        for (JsonNode p : punten) {
            Planpunt punt = new Planpunt();
            punt.plan = plan;
            punt.onderdeel = onderdeel;
            punt.soort = Planpunt.Soort.valueOf(p.get("soort").asText());
            punt.tekst = p.get("tekst").asText();
            punt.status = Planpunt.Status.valueOf(p.get("status").asText());
            punt.volgorde = plan.punten.size();
            if (p.has("over")) {
                p.get("over").forEach(o -> punt.over.add(personen.get(o.asText())));
            }
            plan.punten.add(punt);
        }
    }

    private LocalDate datum(JsonNode node, String veld) {
        return datum.apply(node.get(veld));
    }

    /** Noon on that day: the demo shows dates, and noon stays on the same day in any season. */
    private static Instant moment(LocalDate dag) {
        return dag.atTime(12, 0).atZone(Klok.AMSTERDAM).toInstant();
    }

    private static String tekst(JsonNode node, String veld) {
        return node.hasNonNull(veld) ? node.get(veld).asText() : null;
    }
}
