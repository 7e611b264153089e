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
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.klacht.Klachttoegang.Bericht;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.tijd.Datuminvoer;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Taal;

/**
 * The steps staff register on a complaint: the klachtgesprekken of Stap 1 and 2 with their verslag,
 * afspraken and outcome, the decision on another jeugdbeschermer, and the KJMN milestones up to the
 * GI's reaction to the ruling. Only the jeugdbeschermer on the case and the team's leidinggevende may;
 * every step is logged and the klager hears of it in the inbox.
 */
@ApplicationScoped
public class Klachtbehandeling {
    @Inject
    Klachttoegang toegang;

    /**
     * Records one step staff entered ({@code actie}: the form it came from). Errors by field, empty
     * when saved; nothing is saved when there is an error. Empty optional: not theirs to register.
     */
    @Transactional
    public Optional<Map<String, String>> registreer(Kijker kijker, Long id, String actie, Map<String, String> velden,
            Taal taal) {
        Optional<Klacht> gevonden = toegang.toegang(kijker, id, Klachttoegang::isBehandelaar);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klacht k = gevonden.get();
        Velden v = new Velden(velden, taal);
        Optional<Bericht> bericht = switch (actie) {
            case "gesprek" -> gesprek(k, v);
            case "verslag" -> verslag(k, v);
            case "afspraak" -> afspraak(k, v);
            case "afspraak-gedaan" -> afspraakGedaan(k, v);
            case "uitkomst" -> uitkomst(k, v);
            case "andere-jeugdbeschermer" -> andereJeugdbeschermer(k, v);
            case "kjmn" -> kjmn(k, v);
            case "uitspraak" -> uitspraak(k, v);
            case "instellingsreactie" -> instellingsreactie(k, v);
            default -> null;
        };
        if (bericht == null) {
            return Optional.empty();
        }
        boolean reactie = actie.equals("instellingsreactie");
        if (!v.fouten.isEmpty()) {
            if (reactie) {
                toegang.schrijf(kijker, k, Actie.INSTELLINGSREACTIE_GEWEIGERD, Uitkomst.GEWEIGERD, null);
            }
            return Optional.of(v.fouten);
        }
        toegang.schrijf(kijker, k, reactie ? Actie.INSTELLINGSREACTIE_VERSTUURD : Actie.KLACHT_BIJGEWERKT,
                Uitkomst.GEWIJZIGD, actie);
        toegang.stapGemeld(k);
        bericht.ifPresent(tekst -> toegang.meld(k, KlachtTekst::onderwerpNieuws, tekst));
        return Optional.of(Map.of());
    }

    private Optional<Bericht> gesprek(Klacht k, Velden v) {
        Integer stap = Klachttoegang.nieuwGesprekStap(k);
        if (stap == null) {
            v.fouten.put("datum", v.t.geenGesprekMeer());
            return Optional.empty();
        }
        LocalDate uitgenodigd = v.datum("uitgenodigdOp");
        LocalDate datum = v.datum("datum");
        String deelnemers = v.tekst("deelnemers", true);
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek g = new Klachtgesprek();
        g.klacht = k;
        g.stap = stap;
        g.uitgenodigdOp = uitgenodigd;
        g.datum = datum;
        g.deelnemers = deelnemers;
        k.gesprekken.add(g);
        g.persist();
        return Optional.of((tekst, in, je) -> je ? tekst.uitgenodigdJe(in.datum(datum), in.datum(g.verslagUiterlijk()))
                : tekst.uitgenodigdU(in.datum(datum), in.datum(g.verslagUiterlijk())));
    }

    private Optional<Bericht> verslag(Klacht k, Velden v) {
        Optional<Klachtgesprek> g = v.gesprek(k);
        String verslag = v.tekst("verslag", true);
        if (g.isEmpty() || !v.fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek gesprek = g.get();
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

    private Optional<Bericht> afspraak(Klacht k, Velden v) {
        Optional<Klachtgesprek> g = v.gesprek(k);
        String wat = v.tekst("wat", true);
        String eigenaar = v.tekst("eigenaar", true);
        if (eigenaar != null && eigenaar.length() > 200) {
            v.fouten.put("eigenaar", v.t.eigenaarTeLang());
        }
        LocalDate uiterlijk = v.datum("uiterlijk");
        if (g.isEmpty() || !v.fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtafspraak a = new Klachtafspraak();
        a.gesprek = g.get();
        a.wat = wat;
        a.eigenaar = eigenaar;
        a.uiterlijk = uiterlijk;
        g.get().afspraken.add(a);
        a.persist();
        return Optional.of((tekst, in, je) -> je ? tekst.nieuweAfspraakJe(in.datum(uiterlijk)) : tekst.nieuweAfspraakU(in.datum(uiterlijk)));
    }

    private Optional<Bericht> afspraakGedaan(Klacht k, Velden v) {
        Optional<Klachtafspraak> a = k.gesprekken.stream().flatMap(g -> g.afspraken.stream())
                .filter(x -> String.valueOf(x.id).equals(v.waarden.get("afspraak")) && x.gedaanOp == null).findFirst();
        if (a.isEmpty()) {
            v.fouten.put("afspraak", v.t.kiesOpenAfspraak());
            return Optional.empty();
        }
        a.get().gedaanOp = toegang.termijnen().vandaag();
        return Optional.of((tekst, in, je) -> je ? tekst.afspraakGedaanJe() : tekst.afspraakGedaanU());
    }

    private Optional<Bericht> uitkomst(Klacht k, Velden v) {
        Optional<Klachtgesprek> g = v.gesprek(k);
        Gespreksuitkomst uitkomst = v.keuze(Gespreksuitkomst.class, "uitkomst", v.t.kiesUitkomst());
        String volgende = v.tekst("volgendeStap", uitkomst != null && uitkomst != Gespreksuitkomst.OPGELOST);
        if (g.isEmpty() || !v.fouten.isEmpty()) {
            return Optional.empty();
        }
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

    private Optional<Bericht> andereJeugdbeschermer(Klacht k, Velden v) {
        String besluit = v.waarden.get("besluit");
        if (!"TOEGEWEZEN".equals(besluit) && !"AFGEWEZEN".equals(besluit)) {
            v.fouten.put("besluit", v.t.kiesJaNee());
        }
        String motivatie = v.tekst("motivatie", true);
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        k.andereJbBesluit = besluit;
        k.andereJbMotivatie = motivatie;
        return Optional.of((tekst, in, je) -> tekst.besluitAndereJeugdbeschermer());
    }

    /** One KJMN milestone, as the KJMN reported it to the GI. */
    private Optional<Bericht> kjmn(Klacht k, Velden v) {
        if (k.route != Route.KJMN) {
            v.fouten.put("mijlpaal", v.t.nietBijKjmn());
            return Optional.empty();
        }
        String mijlpaal = v.waarden.getOrDefault("mijlpaal", "");
        LocalDate datum = v.datum("datum");
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        switch (mijlpaal) {
            case "verstuurd" -> k.kjmnIngediend = datum;
            case "ontvangen" -> k.kjmnOntvangen = datum;
            case "compleet" -> k.kjmnCompleet = datum;
            case "intern-van" -> k.internGesprekVan = datum;
            case "intern-tot" -> k.internGesprekTot = datum;
            case "hoorzitting" -> k.hoorzitting = datum;
            default -> {
                v.fouten.put("mijlpaal", v.t.kiesMijlpaal());
                return Optional.empty();
            }
        }
        return Optional.of((tekst, in, je) -> tekst.nieuwsKjmn());
    }

    private Optional<Bericht> uitspraak(Klacht k, Velden v) {
        LocalDate datum = v.datum("datum");
        Map<Klachtonderdeel, Uitspraak> gekozen = new LinkedHashMap<>();
        for (Klachtonderdeel o : k.onderdelen) {
            gekozen.put(o, v.keuze(Uitspraak.class, "uitspraak-" + o.volgnummer, v.t.kiesUitspraak(o.volgnummer)));
        }
        if (k.route != Route.KJMN || k.reactieOp != null) {
            v.fouten.put("datum", v.t.geenUitspraakMeer());
        }
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        gekozen.forEach((o, u) -> o.uitspraak = u);
        k.uitspraakOp = datum;
        return Optional.of((tekst, in, je) -> tekst.uitspraakGedaan(in.datum(Klachttermijnen.reactieUiterlijk(datum))));
    }

    private Optional<Bericht> instellingsreactie(Klacht k, Velden v) {
        if (k.uitspraakOp == null || k.reactieOp != null) {
            v.fouten.put("reactie", v.t.geenReactieNodig());
            return Optional.empty();
        }
        List<Instellingsreactie.Onderdeel> ingevuld = new ArrayList<>();
        for (Klachtonderdeel o : k.onderdelen) {
            String over = v.waarden.get("overgenomen-" + o.volgnummer);
            String maatregel = v.tekst("maatregel-" + o.volgnummer, false);
            ingevuld.add(new Instellingsreactie.Onderdeel(o.volgnummer, o.uitspraak,
                    "ja".equals(over) ? Boolean.TRUE : "nee".equals(over) ? Boolean.FALSE : null, maatregel));
        }
        String reactie = v.tekst("reactie", true);
        Instellingsreactie.ontbreekt(ingevuld).forEach((nummer, fout) -> v.fouten.putIfAbsent("maatregel-" + nummer,
                switch (fout) {
                    case UITSPRAAK -> v.t.ontbreektUitspraak(nummer);
                    case OVERNEMEN -> v.t.ontbreektOvernemen(nummer);
                    case MAATREGEL -> v.t.ontbreektMaatregel(nummer);
                }));
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < k.onderdelen.size(); i++) {
            Klachtonderdeel o = k.onderdelen.get(i);
            o.overgenomen = ingevuld.get(i).overgenomen();
            o.maatregel = ingevuld.get(i).maatregel();
        }
        k.reactieTekst = reactie;
        k.reactieOp = toegang.termijnen().vandaag();
        k.afgerond = k.reactieOp;
        return Optional.of((tekst, in, je) -> tekst.giHeeftGereageerd());
    }

    /** Reads a staff form and collects its errors by field, in B1 for staff ("u"). */
    private final class Velden {
        final Map<String, String> waarden;
        final Map<String, String> fouten = new LinkedHashMap<>();
        final KlachtTekst t;
        private final Lezer lezer;

        Velden(Map<String, String> waarden, Taal taal) {
            this.waarden = waarden;
            this.t = taal.bundel(KlachtTekst.class);
            this.lezer = new Lezer(false, taal == Taal.EN);
        }

        String tekst(String veld, boolean verplicht) {
            String tekst = waarden.get(veld);
            Klachttoegang.zet(fouten, veld, Tekstcontrole.fout(tekst, verplicht, lezer));
            return tekst == null || tekst.isBlank() ? null : tekst.strip();
        }

        LocalDate datum(String veld) {
            LocalDate datum = Datuminvoer.lees(waarden.get(veld)).datum();
            if (datum == null) {
                fouten.put(veld, t.vulDatumIn(toegang.termijnen().vandaag().toString()));
            }
            return datum;
        }

        <E extends Enum<E>> E keuze(Class<E> soort, String veld, String fout) {
            E e = Keuzelijst.lees(soort, waarden.get(veld));
            if (e == null) {
                fouten.put(veld, fout);
            }
            return e;
        }

        Optional<Klachtgesprek> gesprek(Klacht k) {
            Optional<Klachtgesprek> g = k.gesprek("2".equals(waarden.get("stap")) ? 2 : 1);
            if (g.isEmpty()) {
                fouten.put("stap", t.eerstGesprek());
            }
            return g;
        }
    }
}
