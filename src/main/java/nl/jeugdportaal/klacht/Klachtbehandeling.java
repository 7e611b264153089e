package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.klacht.Klachttoegang.Bericht;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.AfspraakGedaan;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.AndereJeugdbeschermer;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Afspraak;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Gesprek;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Kjmn;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Reactie;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Uitspraken;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren.Verslag;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Taal;

/**
 * The steps staff register on a complaint: the klachtgesprekken of Stap 1 and 2 with their verslag,
 * afspraken and outcome, the decision on another jeugdbeschermer, and the KJMN milestones up to the
 * GI's reaction to the ruling. Only the jeugdbeschermer on the case and the team's leidinggevende may;
 * every step is logged and the klager hears of it in the inbox.
 * <p>
 * {@link #registreer} answers with the errors by field, empty when saved; nothing is saved when there
 * is an error. An empty optional: not theirs to register. The form's own checks (Bean Validation) run
 * first; each step adds what only the complaint can tell, in B1 for staff ("u").
 */
@ApplicationScoped
public class Klachtbehandeling {
    @Inject
    Klachttoegang toegang;
    @Inject
    Formulierfouten formulierfouten;

    /** One step: what the complaint says about the form, and the change with the klager's message when there is no error. */
    @FunctionalInterface
    interface Stap<F> {
        Optional<Bericht> zetIn(Klacht k, F formulier, Map<String, String> fouten, Taal taal);
    }

    /** Registers {@code stap} with its form through {@code uitvoering}, one of the steps below. */
    @Transactional
    <F extends Record> Optional<Map<String, String>> registreer(Kijker kijker, Long id, Behandelstap stap,
            F formulier, Taal taal, Stap<F> uitvoering) {
        Optional<Klacht> gevonden = toegang.toegang(kijker, id, Klachttoegang::isBehandelaar);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klacht k = gevonden.get();
        Map<String, String> fouten = formulierfouten.van(formulier, false, taal);
        Optional<Bericht> bericht = uitvoering.zetIn(k, formulier, fouten, taal);
        boolean reactie = stap == Behandelstap.INSTELLINGSREACTIE;
        if (!fouten.isEmpty()) {
            if (reactie) {
                toegang.schrijf(kijker, k, Actie.INSTELLINGSREACTIE_GEWEIGERD, Uitkomst.GEWEIGERD, null);
            }
            return Optional.of(fouten);
        }
        toegang.schrijf(kijker, k, reactie ? Actie.INSTELLINGSREACTIE_VERSTUURD : Actie.KLACHT_BIJGEWERKT,
                Uitkomst.GEWIJZIGD, stap.naam);
        toegang.stapGemeld(k);
        bericht.ifPresent(tekst -> toegang.meld(k, KlachtTekst::onderwerpNieuws, tekst));
        return Optional.of(Map.of());
    }

    /** Only this error when the step cannot be taken at all: the page no longer offers the form. */
    private static Optional<Bericht> kanNiet(Map<String, String> fouten, String veld, String fout) {
        fouten.clear();
        fouten.put(veld, fout);
        return Optional.empty();
    }

    Optional<Bericht> gesprek(Klacht k, Gesprek f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Integer stap = Klachttoegang.nieuwGesprekStap(k);
        if (stap == null) {
            return kanNiet(fouten, "datum", t.geenGesprekMeer());
        }
        if (!fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek g = new Klachtgesprek();
        g.klacht = k;
        g.stap = stap;
        g.uitgenodigdOp = f.uitnodigingsdag();
        g.datum = f.gespreksdag();
        g.deelnemers = Tekstcontrole.opgeschoond(f.deelnemers());
        k.gesprekken.add(g);
        g.persist();
        LocalDate datum = g.datum;
        return Optional.of((tekst, in, je) -> je ? tekst.uitgenodigdJe(in.datum(datum), in.datum(g.verslagUiterlijk()))
                : tekst.uitgenodigdU(in.datum(datum), in.datum(g.verslagUiterlijk())));
    }

    Optional<Bericht> verslag(Klacht k, Verslag f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Optional<Klachtgesprek> g = gesprek(k, f.stapnummer(), fouten, t);
        if (g.isEmpty() || !fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek gesprek = g.get();
        String verslag = Tekstcontrole.opgeschoond(f.verslag());
        if (gesprek.verslag == null) {
            gesprek.verslag = verslag;
            gesprek.verslagOp = toegang.termijnen().vandaag();
            return Optional.of((tekst, in, je) -> tekst.verslagKlaar());
        }
        // The first verslag stays: the corrected one is shown next to it, as the client asked.
        gesprek.gecorrigeerdVerslag = verslag;
        gesprek.gecorrigeerdOp = toegang.termijnen().vandaag();
        return Optional.of((tekst, in, je) -> tekst.verbeterdVerslagKlaar());
    }

    Optional<Bericht> afspraak(Klacht k, Afspraak f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Optional<Klachtgesprek> g = gesprek(k, f.stapnummer(), fouten, t);
        if (g.isEmpty() || !fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtafspraak a = new Klachtafspraak();
        a.gesprek = g.get();
        a.wat = Tekstcontrole.opgeschoond(f.wat());
        a.eigenaar = Tekstcontrole.opgeschoond(f.eigenaar());
        a.uiterlijk = f.klaarOp();
        g.get().afspraken.add(a);
        a.persist();
        LocalDate uiterlijk = a.uiterlijk;
        return Optional.of((tekst, in, je) -> je ? tekst.nieuweAfspraakJe(in.datum(uiterlijk)) : tekst.nieuweAfspraakU(in.datum(uiterlijk)));
    }

    Optional<Bericht> afspraakGedaan(Klacht k, AfspraakGedaan f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Optional<Klachtafspraak> a = k.gesprekken.stream().flatMap(g -> g.afspraken.stream())
                .filter(x -> String.valueOf(x.id).equals(f.afspraak()) && x.gedaanOp == null).findFirst();
        if (a.isEmpty()) {
            fouten.put("afspraak", t.kiesOpenAfspraak());
            return Optional.empty();
        }
        a.get().gedaanOp = toegang.termijnen().vandaag();
        return Optional.of((tekst, in, je) -> je ? tekst.afspraakGedaanJe() : tekst.afspraakGedaanU());
    }

    Optional<Bericht> uitkomst(Klacht k, Behandelformulieren.Uitkomst f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Optional<Klachtgesprek> g = gesprek(k, f.stapnummer(), fouten, t);
        if (f.volgendeStapOntbreekt()) {
            fouten.put("volgendeStap", Formulierfouten.ontbreekt(false, taal));
        }
        if (g.isEmpty() || !fouten.isEmpty()) {
            return Optional.empty();
        }
        Gespreksuitkomst uitkomst = f.gekozen();
        String volgende = Tekstcontrole.opgeschoond(f.volgendeStap());
        g.get().uitkomst = uitkomst;
        g.get().volgendeStap = volgende;
        if (uitkomst == Gespreksuitkomst.OPGELOST) {
            k.afgerond = toegang.termijnen().vandaag();
        }
        return Optional.of((tekst, in, je) -> {
            String zin = tekst.uitkomstBericht(tekst.gespreksuitkomst(uitkomst).toLowerCase(in.locale()));
            return volgende == null ? zin : zin + " " + (je ? tekst.watJeNuKuntDoen() : tekst.watUNuKuntDoen());
        });
    }

    Optional<Bericht> andereJeugdbeschermer(Klacht k, AndereJeugdbeschermer f, Map<String, String> fouten, Taal taal) {
        if (!fouten.isEmpty()) {
            return Optional.empty();
        }
        k.andereJbBesluit = f.gekozen();
        k.andereJbMotivatie = Tekstcontrole.opgeschoond(f.motivatie());
        return Optional.of((tekst, in, je) -> tekst.besluitAndereJeugdbeschermer());
    }

    /** One KJMN milestone, as the KJMN reported it to the GI. */
    Optional<Bericht> kjmn(Klacht k, Kjmn f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        if (k.route != Route.KJMN) {
            return kanNiet(fouten, "mijlpaal", t.nietBijKjmn());
        }
        if (!fouten.isEmpty()) {
            return Optional.empty();
        }
        LocalDate datum = f.dag();
        switch (f.gekozen()) {
            case VERSTUURD -> k.kjmnIngediend = datum;
            case ONTVANGEN -> k.kjmnOntvangen = datum;
            case COMPLEET -> k.kjmnCompleet = datum;
            case INTERN_VAN -> k.internGesprekVan = datum;
            case INTERN_TOT -> k.internGesprekTot = datum;
            case HOORZITTING -> k.hoorzitting = datum;
        }
        return Optional.of((tekst, in, je) -> tekst.nieuwsKjmn());
    }

    Optional<Bericht> uitspraak(Klacht k, Uitspraken f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Map<Klachtonderdeel, Uitspraak> gekozen = new LinkedHashMap<>();
        for (Klachtonderdeel o : k.onderdelen) {
            Uitspraak u = f.over(o.volgnummer);
            if (u == null) {
                fouten.putIfAbsent("uitspraak-" + o.volgnummer, t.kiesUitspraak(o.volgnummer));
            }
            gekozen.put(o, u);
        }
        if (k.route != Route.KJMN || k.reactieOp != null) {
            fouten.put("datum", t.geenUitspraakMeer());
        }
        if (!fouten.isEmpty()) {
            return Optional.empty();
        }
        LocalDate datum = f.dag();
        gekozen.forEach((o, u) -> o.uitspraak = u);
        k.uitspraakOp = datum;
        return Optional.of((tekst, in, je) -> tekst.uitspraakGedaan(in.datum(Klachttermijnen.reactieUiterlijk(datum))));
    }

    Optional<Bericht> instellingsreactie(Klacht k, Reactie f, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        if (k.uitspraakOp == null || k.reactieOp != null) {
            return kanNiet(fouten, "reactie", t.geenReactieNodig());
        }
        List<Instellingsreactie.Onderdeel> ingevuld = new ArrayList<>();
        for (Klachtonderdeel o : k.onderdelen) {
            ingevuld.add(new Instellingsreactie.Onderdeel(o.volgnummer, o.uitspraak, f.overgenomen(o.volgnummer),
                    f.maatregel(o.volgnummer)));
        }
        Instellingsreactie.ontbreekt(ingevuld).forEach((nummer, fout) -> fouten.putIfAbsent("maatregel-" + nummer,
                switch (fout) {
                    case UITSPRAAK -> t.ontbreektUitspraak(nummer);
                    case OVERNEMEN -> t.ontbreektOvernemen(nummer);
                    case MAATREGEL -> t.ontbreektMaatregel(nummer);
                }));
        if (!fouten.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < k.onderdelen.size(); i++) {
            Klachtonderdeel o = k.onderdelen.get(i);
            o.overgenomen = ingevuld.get(i).overgenomen();
            o.maatregel = ingevuld.get(i).maatregel();
        }
        k.reactieTekst = Tekstcontrole.opgeschoond(f.reactie());
        k.reactieOp = toegang.termijnen().vandaag();
        k.afgerond = k.reactieOp;
        return Optional.of((tekst, in, je) -> tekst.giHeeftGereageerd());
    }

    /** The gesprek of this stap; without it, the error that it must be registered first. */
    private static Optional<Klachtgesprek> gesprek(Klacht k, int stap, Map<String, String> fouten, KlachtTekst t) {
        Optional<Klachtgesprek> g = k.gesprek(stap);
        if (g.isEmpty()) {
            fouten.put("stap", t.eerstGesprek());
        }
        return g;
    }
}
