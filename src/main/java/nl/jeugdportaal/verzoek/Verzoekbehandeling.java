package nl.jeugdportaal.verzoek;

import static nl.jeugdportaal.verzoek.VerzoekService.klein;
import static nl.jeugdportaal.verzoek.VerzoekService.zet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.verzoek.Weergaven.Besluitinvoer;
import nl.jeugdportaal.verzoek.regels.Deelbesluit;
import nl.jeugdportaal.verzoek.regels.Status;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.verzoek.regels.Toets;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;
import nl.jeugdportaal.web.Taal;

/**
 * The jeugdbeschermer on the case decides a request or takes more time for it. A decision is carried
 * out in its own transaction: the corrected text, the kopie, the destroyed stukken. Everything is
 * logged and the requester is told.
 */
@ApplicationScoped
public class Verzoekbehandeling {
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Clock clock;
    @Inject
    Kopiemaker kopiemaker;
    @Inject
    VerzoekService verzoeken;

    /** A decision as the form gives it: the outcome, the stukken it can be about and those ticked. */
    private record Besluit(Verzoek v, Status status, Besluitinvoer invoer, List<Stuk> kandidaten, Set<Long> gekozen) {
        Set<Long> kandidaatIds() {
            return new LinkedHashSet<>(VerzoekService.ids(kandidaten));
        }

        /** A granted correctie changes the stuk's text. */
        boolean wijzigtStuk() {
            return v.soort == Verzoeksoort.CORRECTIE && (status == Status.TOEGEWEZEN || status == Status.DEELS_TOEGEWEZEN);
        }

        boolean vernietigt() {
            return v.soort == Verzoeksoort.VERNIETIGING && status != Status.AFGEWEZEN;
        }

        /** The stukken granted: those the kopie holds, or those destroyed. */
        List<Stuk> toegewezen() {
            Set<Long> ids = Deelbesluit.toegewezen(v.soort, status, kandidaatIds(), gekozen);
            return kandidaten.stream().filter(s -> ids.contains(s.id)).toList();
        }
    }

    /** Errors by field (empty: done), or empty when this person may not decide on this request. */
    @Transactional
    public Optional<Map<String, String>> besluiten(Kijker kijker, Long id, Besluitinvoer invoer, Taal taal) {
        return teBesluiten(kijker, id).map(v -> neemBesluit(kijker, v, invoer, taal));
    }

    private Map<String, String> neemBesluit(Kijker kijker, Verzoek v, Besluitinvoer invoer, Taal taal) {
        Besluit besluit = new Besluit(v, Status.leesBesluit(invoer.besluit()), invoer,
                Deelbesluit.perStuk(v.soort) ? verzoeken.kandidaten(v, kijker.actor()) : List.of(),
                new LinkedHashSet<>(invoer.stukken()));
        Map<String, String> fouten = fouten(besluit, taal);
        Stuk stuk = besluit.wijzigtStuk() ? teCorrigeren(kijker, besluit, fouten, taal) : null;
        if (!fouten.isEmpty()) {
            return fouten;
        }
        Status status = besluit.status();
        v.status = status;
        v.besluitOp = verzoeken.termijnen().vandaag();
        v.besluitDoor = kijker.persoon();
        v.motivatie = invoer.motivatie().strip();
        v.deelsReden = status == Status.DEELS_TOEGEWEZEN && Deelbesluit.perStuk(v.soort) ? invoer.deelsReden().strip() : null;
        if (besluit.wijzigtStuk()) {
            corrigeer(kijker, v, stuk, invoer.nieuweTekst());
        }
        List<Stuk> deel = besluit.toegewezen();
        int weggelaten = voerUit(besluit, deel, kijker.actor());
        audit.schrijf(kijker.actor(), VerzoekService.gebeurtenis(v, Actie.VERZOEK_BESLOTEN, Uitkomst.GEWIJZIGD,
                v.stuk == null ? null : v.stuk.id, status.name()));
        gebeurtenissen.meld(Gebeurtenissen.Soort.VERZOEK_BESLOTEN, v.dossier.kind.id, v.aanvrager.id, "/api/verzoeken/" + v.id);
        verzoeken.meld(v, VerzoekTekst::onderwerpBesluit, (b, t) -> {
            String gevolg = besluit.vernietigt() ? " " + (deel.size() == 1 ? b.vernietigdEen() : b.vernietigdMeer(deel.size()))
                    : weggelaten == 0 ? "" : " " + (weggelaten == 1 ? b.weggelatenEen() : b.weggelatenMeer(weggelaten));
            return b.besloten(klein(b.soort(v.soort), t), klein(b.status(status), t)) + gevolg;
        });
        return Map.of();
    }

    /** The errors of the decision itself, by field in the order of the form. */
    private static Map<String, String> fouten(Besluit besluit, Taal taal) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (besluit.status() == null) {
            fouten.put("besluit", taal.bundel(VerzoekTekst.class).kiesBesluit());
        } else if (besluit.v().soort.vanuitWeigering() && besluit.status() != Status.AFGEWEZEN) {
            // Granting it is splitting the stuk into delen, on the form for that (Splitsingen).
            fouten.put("besluit", taal.bundel(ZwartlakTekst.class).toewijzenMetDelen());
        }
        zet(fouten, "motivatie", Tekstcontrole.fout(besluit.invoer().motivatie(), true, medewerker(taal)));
        fouten.putAll(Deelbesluit.fouten(besluit.v().soort, besluit.status(), besluit.kandidaatIds(), besluit.gekozen(),
                besluit.invoer().deelsReden(), taal == Taal.EN));
        return fouten;
    }

    /** The stuk a granted correctie changes, read as it is now; what is wrong with the new text goes into fouten. */
    private Stuk teCorrigeren(Kijker kijker, Besluit besluit, Map<String, String> fouten, Taal taal) {
        VerzoekTekst tekst = taal.bundel(VerzoekTekst.class);
        Stuk stuk = verzoeken.leesStuk(kijker, besluit.v()).orElse(null);
        String nieuweTekst = besluit.invoer().nieuweTekst();
        zet(fouten, "nieuweTekst", Tekstcontrole.fout(nieuweTekst, true, medewerker(taal)));
        if (stuk == null) {
            // The jeugdbeschermer on the case reads every stuk: one not found was destroyed after the correctie was filed.
            fouten.put("besluit", tekst.stukWeg());
        } else if (!fouten.containsKey("nieuweTekst") && nieuweTekst.strip().equals(stuk.tekst.strip())) {
            fouten.put("nieuweTekst", tekst.tekstNietVeranderd());
        }
        return stuk;
    }

    /** The stuk gets the new text; the old one stays in its history, with the decision's reason. */
    private void corrigeer(Kijker kijker, Verzoek v, Stuk stuk, String nieuweTekst) {
        StukWijziging w = new StukWijziging();
        w.stuk = stuk;
        w.verzoek = v;
        w.oudeTekst = stuk.tekst;
        w.nieuweTekst = nieuweTekst.strip();
        w.door = kijker.persoon();
        w.reden = v.motivatie;
        w.tijdstip = clock.instant();
        w.persist();
        stuk.tekst = w.nieuweTekst;
        audit.schrijf(kijker.actor(), Audit.Gebeurtenis.over(Onderwerp.verzoek(v.id), Actie.STUK_GECORRIGEERD,
                Uitkomst.GEWIJZIGD, v.dossier.id, stuk.id, null, stuk.over.stream().map(p -> p.id).toList()));
    }

    /**
     * A granted kopie is made of the stukken granted, naming how many it leaves out (returned); a granted
     * vernietiging destroys them.
     */
    private int voerUit(Besluit besluit, List<Stuk> deel, Audit.Actor actor) {
        Verzoek v = besluit.v();
        if (v.soort == Verzoeksoort.KOPIE && besluit.status() != Status.AFGEWEZEN) {
            List<Stuk> weg = besluit.kandidaten().stream().filter(s -> besluit.gekozen().contains(s.id)).toList();
            kopiemaker.maak(v, deel, weg, actor);
            return weg.size();
        }
        if (besluit.vernietigt()) {
            verzoeken.vernietig(deel, v.id, actor);
        }
        return 0;
    }

    @Transactional
    public Optional<Map<String, String>> verlengen(Kijker kijker, Long id, String reden, Taal taal) {
        return teBesluiten(kijker, id).map(v -> verleng(kijker, v, reden, taal));
    }

    private Map<String, String> verleng(Kijker kijker, Verzoek v, String reden, Taal taal) {
        Lezer medewerker = medewerker(taal);
        String fout = Tekstcontrole.fout(reden, true, medewerker);
        Toets toets = verzoeken.termijnen().magVerlengen(v.termijn(), reden, medewerker);
        if (fout == null && !toets.toegestaan()) {
            fout = toets.reden();
        }
        if (fout != null) {
            return Map.of("reden", fout);
        }
        v.verlengdOp = verzoeken.termijnen().vandaag();
        v.verlengingReden = reden.strip();
        audit.schrijf(kijker.actor(), VerzoekService.gebeurtenis(v, Actie.VERZOEK_VERLENGD, Uitkomst.GEWIJZIGD, null, null));
        LocalDate uiterlijk = v.termijn().geldend();
        verzoeken.meld(v, VerzoekTekst::onderwerpMeerTijd,
                (b, t) -> b.meerTijd(klein(b.soort(v.soort), t), t.datum(uiterlijk), v.verlengingReden));
        return Map.of();
    }

    /** An open request on this person's case; any other id is "not found". */
    private static Optional<Verzoek> teBesluiten(Kijker kijker, Long id) {
        return VerzoekService.zoek(id).filter(v -> VerzoekService.isBehandelaar(kijker, v) && !v.status.besloten());
    }

    private static Lezer medewerker(Taal taal) {
        return new Lezer(false, taal == Taal.EN);
    }
}
