package nl.jeugdportaal.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.inzage.Stukdelen;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.verzoek.Weergaven.Deelrij;
import nl.jeugdportaal.verzoek.Weergaven.Persoonkeuze;
import nl.jeugdportaal.verzoek.Weergaven.Splitsing;
import nl.jeugdportaal.verzoek.regels.Status;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.verzoek.regels.Termijnen;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * The jeugdbeschermer answers a zwartgelakte kopie (DOMAIN §2 rule 10) by splitting the stuk into
 * delen, each about the persons ticked for it. The requester then sees every deel they may see, by
 * the inzage rules, on the dossier page and in the kopie that is made of the stuk.
 */
@ApplicationScoped
class Splitsingen {
    @Inject
    InzageService inzage;
    @Inject
    Stukdelen stukdelen;
    @Inject
    Kopiemaker kopiemaker;
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Meldingen meldingen;
    @Inject
    Clock clock;

    /**
     * The form as first shown: a deel per paragraph of the stuk, each ticked for every person of the
     * stuk, so a passage nobody looked at stays closed to whom it was closed. The jeugdbeschermer
     * reads the stuk through the inzage rules, logged like any reader.
     */
    Optional<Splitsing> voorstel(Kijker kijker, Verzoek v) {
        return lees(kijker, v).map(stuk -> {
            List<Long> iedereen = stuk.over.stream().map(p -> p.id).toList();
            List<String> alineas = List.of(stuk.tekst.split("\n\\s*\n"));
            return new Splitsing(stuk.titel, personen(stuk), IntStream.range(0, alineas.size())
                    .mapToObj(i -> new Deelrij(i + 1, alineas.get(i).strip(), iedereen)).toList(), "");
        });
    }

    /** The form as typed, to show again with its errors. */
    Optional<Splitsing> zoalsGetypt(Kijker kijker, Long id, List<String> teksten, List<String> over, String motivatie) {
        return VerzoekService.zoek(id).filter(v -> magVerdelen(kijker, v)).flatMap(v -> lees(kijker, v))
                .map(stuk -> new Splitsing(stuk.titel, personen(stuk), rijen(teksten, over), motivatie));
    }

    /**
     * Splits the stuk and grants the request: errors by field (empty: done), or empty when this
     * person may not answer this request. Nothing is stored when a field is wrong.
     */
    @Transactional
    Optional<Map<String, String>> verdeel(Kijker kijker, Long id, List<String> teksten, List<String> over,
            String motivatie, Taal taal) {
        Optional<Verzoek> gevonden = VerzoekService.zoek(id).filter(v -> magVerdelen(kijker, v));
        Optional<Stuk> gelezen = gevonden.flatMap(v -> lees(kijker, v));
        if (gelezen.isEmpty()) {
            return Optional.empty();
        }
        Verzoek v = gevonden.get();
        Stuk stuk = gelezen.get();
        ZwartlakTekst tekst = taal.bundel(ZwartlakTekst.class);
        Map<Long, Persoon> vanStuk = new LinkedHashMap<>();
        stuk.over.forEach(p -> vanStuk.put(p.id, p));
        Map<String, String> fouten = new LinkedHashMap<>();
        List<Stukdelen.NieuwDeel> delen = new ArrayList<>();
        Lezer medewerker = new Lezer(false, taal == Taal.EN);
        for (Deelrij rij : rijen(teksten, over)) {
            if (rij.tekst().isBlank()) {
                continue;
            }
            String veld = rij.veld();
            String fout = Tekstcontrole.fout(rij.tekst(), true, medewerker);
            if (fout == null && rij.over().isEmpty()) {
                fout = tekst.kiesPersoon();
            } else if (fout == null && !vanStuk.keySet().containsAll(rij.over())) {
                fout = tekst.alleenPersonenVanHetStuk();
            }
            if (fout != null) {
                fouten.put(veld, fout);
            } else {
                delen.add(new Stukdelen.NieuwDeel(rij.tekst().strip(), rij.over().stream().map(vanStuk::get).toList()));
            }
        }
        if (delen.isEmpty() && fouten.isEmpty()) {
            fouten.put("deel-1", tekst.minstensEenDeel());
        }
        VerzoekService.zet(fouten, "motivatieDelen", Tekstcontrole.fout(motivatie, true, medewerker));
        if (!fouten.isEmpty()) {
            return Optional.of(fouten);
        }
        Audit.Actor actor = kijker.actor();
        stukdelen.vastleggen(stuk, delen, Onderwerp.verzoek(v.id), actor);
        v.status = Status.TOEGEWEZEN;
        v.besluitOp = new Termijnen(clock).vandaag();
        v.besluitDoor = kijker.persoon();
        v.motivatie = motivatie.strip();
        // The kopie holds the stuk with exactly the delen the requester may now see.
        kopiemaker.maak(v, List.of(stuk), List.of(), actor);
        audit.schrijf(actor, Audit.Gebeurtenis.over(Onderwerp.verzoek(v.id), Actie.VERZOEK_BESLOTEN, Uitkomst.GEWIJZIGD,
                v.dossier.id, stuk.id, v.status.name(), List.of(v.aanvrager.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.VERZOEK_BESLOTEN, v.dossier.kind.id, v.aanvrager.id, "/api/verzoeken/" + v.id);
        boolean je = v.aanvrager.leeftijdOp(v.besluitOp) < 18;
        meldingen.verzoekGewijzigd(v, Tweetalig.van(t -> t.bundel(VerzoekTekst.class).onderwerpBesluit()),
                Tweetalig.van(t -> {
                    VerzoekTekst b = t.bundel(VerzoekTekst.class);
                    ZwartlakTekst z = t.bundel(ZwartlakTekst.class);
                    return b.besloten(VerzoekService.klein(b.soort(v.soort), t), VerzoekService.klein(b.status(Status.TOEGEWEZEN), t))
                            + " " + (je ? z.verdeeldJe() : z.verdeeldU());
                }));
        return Optional.of(Map.of());
    }

    private static boolean magVerdelen(Kijker kijker, Verzoek v) {
        return v.soort.vanuitWeigering() && VerzoekService.isBehandelaar(kijker, v) && !v.status.besloten()
                && v.stuk != null && v.stuk.vernietigdOp == null;
    }

    /** The stuk as the jeugdbeschermer on the case reads it: through the inzage rules, and logged. */
    private Optional<Stuk> lees(Kijker kijker, Verzoek v) {
        return inzage.leesbaar(kijker, v.dossier.kind.id, List.of(v.stuk.id), kijker.actor(),
                Actie.STUK_BEKEKEN).flatMap(l -> l.stukken().stream().findFirst());
    }

    private static List<Persoonkeuze> personen(Stuk stuk) {
        return stuk.over.stream().map(p -> new Persoonkeuze(p.id, p.naam())).toList();
    }

    /**
     * The passages as posted: {@code teksten} in order, {@code over} as "nr-persoonId" for each tick.
     * A tick that is not of that form names nobody and is dropped.
     */
    private static List<Deelrij> rijen(List<String> teksten, List<String> over) {
        List<Deelrij> rijen = new ArrayList<>();
        for (int i = 0; i < teksten.size(); i++) {
            String nr = (i + 1) + "-";
            List<Long> personen = over.stream().filter(o -> o.startsWith(nr))
                    .map(o -> Idinvoer.getal(o.substring(nr.length())))
                    .filter(Objects::nonNull).distinct().toList();
            rijen.add(new Deelrij(i + 1, teksten.get(i), personen));
        }
        return rijen;
    }
}
