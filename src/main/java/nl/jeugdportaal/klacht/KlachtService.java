package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.inzage.Kijker;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.klacht.Klachtweergaven.*;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.verzoek.Meldingen;
import nl.jeugdportaal.web.Tweetalig;
import nl.jeugdportaal.verzoek.VerzoekService;
import nl.jeugdportaal.verzoek.regels.Aanvrager;
import nl.jeugdportaal.verzoek.regels.Band;
import nl.jeugdportaal.verzoek.regels.Stand;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Datums;

/**
 * Complaints: filing, the klachtgesprekken of Stap 1 and 2, the KJMN milestones and the timeline.
 * Who may file comes from {@link Klachtregels}, the terms from {@link Klachttermijnen}; the dossier
 * is opened through the inzage rules, so a forged child or client id gets nothing. Everything is logged.
 */
@ApplicationScoped
public class KlachtService {
    @Inject
    InzageService inzage;
    @Inject
    VerzoekService verzoeken;
    @Inject
    Audit audit;
    @Inject
    Meldingen meldingen;
    @Inject
    Clock clock;

    Klachttermijnen termijnen() {
        return new Klachttermijnen(clock);
    }

    // ---- Filing ---------------------------------------------------------------------------------

    @Transactional
    public Optional<Formulier> formulier(Kijker kijker, Long kindId, Invoer invoer) {
        return dossier(kijker, kindId).map(d -> formulier(kijker, d, invoer, Map.of()));
    }

    private Optional<Dossier> dossier(Kijker kijker, Long kindId) {
        return inzage.leesbaar(kijker, kindId, List.of(), InzageService.actor(kijker), Actie.STUK_BEKEKEN)
                .map(InzageService.Leesbaar::dossier);
    }

    private Formulier formulier(Kijker kijker, Dossier dossier, Invoer invoer, Map<String, String> fouten) {
        Aanvrager aanvrager = verzoeken.aanvrager(kijker, dossier);
        // A vertrouwenspersoon is an adult writing for a client: "u", whoever the client is.
        boolean je = kijker.namens() == null && aanvrager.jeVorm();
        Persoon namens = kijker.namens();
        return new Formulier(dossier.kind.id, dossier.kind.naam(), je, aanvrager.band() == Band.OUDER,
                namens == null ? null : namens.naam(), namens == null ? null : namens.id,
                Klachtregels.magIndienen(aanvrager), Klachtregels.kinderrechter(je),
                Arrays.stream(Route.values()).map(r -> new Keuze(r.name(), r.label, r.uitleg(je))).toList(),
                keuzes(Aard.values(), a -> a.label), keuzes(Ondersteuning.values(), o -> o.label),
                keuzes(new Klagersoort[] {Klagersoort.MOEDER, Klagersoort.VADER, Klagersoort.BEIDE_OUDERS}, k -> k.label),
                invoer, fouten);
    }

    private static <E extends Enum<E>> List<Keuze> keuzes(E[] waarden, Function<E, String> label) {
        return Arrays.stream(waarden).map(e -> new Keuze(e.name(), label.apply(e), null)).toList();
    }

    /** The new complaint's id, or the form again with the reason or the errors. */
    public record Indiening(Long klachtId, Formulier formulier) {
        public boolean geweigerd() {
            return klachtId == null && !formulier.toets().toegestaan();
        }
    }

    @Transactional
    public Optional<Indiening> indienen(Kijker kijker, Long kindId, Invoer invoer) {
        Optional<Dossier> gevonden = dossier(kijker, kindId);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = gevonden.get();
        Formulier formulier = formulier(kijker, dossier, invoer, Map.of());
        Persoon klager = klager(kijker);
        if (!formulier.toets().toegestaan()) {
            audit.schrijf(InzageService.actor(kijker), new Audit.Gebeurtenis(Actie.KLACHT_GEWEIGERD, Uitkomst.GEWEIGERD,
                    dossier.id, null, null, formulier.toets().reden(), List.of(klager.id)));
            return Optional.of(new Indiening(null, formulier));
        }
        boolean je = formulier.jeVorm();
        Map<String, String> fouten = new LinkedHashMap<>();
        zet(fouten, "tekst", Tekstcontrole.fout(invoer.tekst(), true, je));
        String onderdelenFout = Tekstcontrole.fout(invoer.onderdelen(), true, je);
        List<String> onderdelen = Klachtregels.onderdelen(invoer.onderdelen());
        zet(fouten, "onderdelen", onderdelenFout != null ? onderdelenFout : Klachtregels.fout(onderdelen, je));
        Route route = Keuzelijst.lees(Route.class, invoer.route());
        Aard aard = Keuzelijst.lees(Aard.class, invoer.aard());
        Ondersteuning ondersteuning = Keuzelijst.lees(Ondersteuning.class, invoer.ondersteuning());
        if (route == null) {
            fouten.put("route", je ? "Kies een van de drie stappen." : "Kies een van de drie stappen, alstublieft.");
        }
        if (aard == null) {
            fouten.put("aard", je ? "Kies waar je klacht vooral over gaat." : "Kies waar uw klacht vooral over gaat.");
        }
        if (ondersteuning == null) {
            fouten.put("ondersteuning", je ? "Kies wie er met je meekomt. Of kies 'Niemand'." : "Kies wie er met u meekomt. Of kies 'Niemand'.");
        }
        Klagersoort klagersoort = klagersoort(verzoeken.aanvrager(kijker, dossier).band(), invoer.klager());
        if (klagersoort == null) {
            fouten.put("klager", "Kies wie de klacht indient: moeder, vader of beide ouders.");
        }
        if (!fouten.isEmpty()) {
            return Optional.of(new Indiening(null, formulier(kijker, dossier, invoer, fouten)));
        }
        LocalDate vandaag = termijnen().vandaag();
        Klacht k = new Klacht();
        k.dossier = dossier;
        k.klager = klager;
        k.indiener = kijker.persoon();
        k.klagerSoort = klagersoort;
        k.maatregel = maatregelsoort(dossier, vandaag);
        k.aard = aard;
        k.ondersteuning = ondersteuning;
        k.tekst = invoer.tekst().strip();
        k.route = route;
        k.ingediendOp = clock.instant();
        k.ingediend = vandaag;
        k.andereJeugdbeschermer = invoer.andereJeugdbeschermer();
        if (route == Route.KJMN) {
            k.kjmnIngediend = vandaag;
        }
        for (int i = 0; i < onderdelen.size(); i++) {
            Klachtonderdeel o = new Klachtonderdeel();
            o.klacht = k;
            o.volgnummer = i + 1;
            o.tekst = onderdelen.get(i);
            k.onderdelen.add(o);
        }
        k.persist();
        audit.schrijf(InzageService.actor(kijker), new Audit.Gebeurtenis(Actie.KLACHT_INGEDIEND, Uitkomst.TOEGESTAAN,
                dossier.id, null, route.name(), "klacht " + k.id, List.of(klager.id)));
        meld(k, "klacht ontvangen", "We hebben de klacht ontvangen. De gekozen stap is: " + route.label + ".");
        return Optional.of(new Indiening(k.id, formulier));
    }

    /** Seed 002 counts mothers and fathers apart; the portal does not know which a parent is, so a parent says. */
    static Klagersoort klagersoort(Band band, String gekozen) {
        return switch (band) {
            case OUDER -> {
                Klagersoort k = Keuzelijst.lees(Klagersoort.class, gekozen);
                yield k == Klagersoort.MOEDER || k == Klagersoort.VADER || k == Klagersoort.BEIDE_OUDERS ? k : null;
            }
            case KIND_ZELF -> Klagersoort.JEUGDIGE;
            case VOOGD -> Klagersoort.VOOGD;
            default -> Klagersoort.OVERIGEN;
        };
    }

    /** The register knows OTS, voogdij and uithuisplaatsing; a dossier without a running measure is preventief. */
    static Maatregelsoort maatregelsoort(Dossier dossier, LocalDate dag) {
        List<MaatregelSoort> lopend = dossier.lopendeMaatregelen(dag).stream().map(m -> m.soort).toList();
        if (lopend.contains(MaatregelSoort.VOOGDIJ)) {
            return Maatregelsoort.VOOGDIJ;
        }
        return lopend.isEmpty() ? Maatregelsoort.PREVENTIEF : Maatregelsoort.OTS;
    }

    // ---- Reading --------------------------------------------------------------------------------

    @Transactional
    public Overzicht overzicht(Kijker kijker) {
        Set<Zaakrol> functies = kijker.functies();
        boolean medewerker = !functies.isEmpty();
        // For staff the query finds the cases the registration ties them to; the rule decides with the login's roles.
        List<Klacht> klachten = !medewerker ? Klacht.vanKlagerOfIndiener(kijker.persoon())
                : (Zaakrol.alleZaken(functies) ? Klacht.open() : Klacht.openVanMedewerker(kijker.persoon())).stream()
                        .filter(k -> kijker.zaakrol(k.dossier).isPresent()).toList();
        List<Regel> rijen = klachten.stream().map(k -> {
            Optional<Stap> volgende = volgende(tijdlijn(k));
            String namens = k.namens() && k.indiener.id.equals(kijker.persoon().id) ? "?namens=" + k.klager.id : "";
            return new Regel(k.id, k.dossier.kind.naam(), k.klager.naam(), k.route.label, k.ingediend,
                    volgende.map(Stap::titel).orElse("Afgerond"), volgende.map(Stap::wie).orElse(""),
                    volgende.map(Stap::uiterlijk).orElse(null), volgende.map(Stap::teLaat).orElse(false),
                    "/klachten/" + k.id + namens);
        }).toList();
        String kop = !medewerker ? "Mijn klachten" : Zaakrol.alleZaken(functies) ? "Open klachten van alle teams"
                : functies.contains(Zaakrol.LEIDINGGEVENDE) ? "Open klachten van het team" : "Open klachten over uw dossiers";
        boolean je = !kijker.isMedewerker() && kijker.namens() == null
                && kijker.persoon().leeftijdOp(termijnen().vandaag()) < 18;
        return new Overzicht(kop, medewerker, je, rijen, rijen.stream().filter(Regel::teLaat).count(),
                magLeren(kijker));
    }

    @Transactional
    public Optional<Detail> bekijk(Kijker kijker, Long id) {
        return toegang(kijker, id, KlachtService::magZien).map(k -> detail(kijker, k));
    }

    /**
     * The complaint when {@code mag} lets this person at it. A complaint that exists but is not theirs
     * (a forged id, another team's case) gives the same empty answer as an unknown id, and is logged
     * as a refusal with the klager as the person it is about.
     */
    private Optional<Klacht> toegang(Kijker kijker, Long id, BiPredicate<Kijker, Klacht> mag) {
        Optional<Klacht> gevonden = Klacht.zoek(id);
        gevonden.filter(k -> !mag.test(kijker, k)).ifPresent(k -> audit.schrijf(InzageService.actor(kijker),
                new Audit.Gebeurtenis(Actie.KLACHT_NIET_GEOPEND, Uitkomst.GEWEIGERD, k.dossier.id, null, null,
                        "klacht " + k.id + ": geen toegang", List.of(k.klager.id))));
        return gevonden.filter(k -> mag.test(kijker, k));
    }

    private Detail detail(Kijker kijker, Klacht k) {
        boolean klant = isKlager(kijker, k);
        boolean je = klant && kijker.namens() == null && k.klager.leeftijdOp(termijnen().vandaag()) < 18;
        List<Stap> tijdlijn = tijdlijn(k);
        List<Gesprek> gesprekken = k.gesprekken.stream().map(this::gesprek).toList();
        Integer reactieOpStap = klant ? k.gesprekken.stream()
                .filter(g -> g.verslag != null && g.reactieOp == null).map(g -> g.stap).findFirst().orElse(null) : null;
        return new Detail(k.id, k.dossier.kind.naam(), je, k.klager.naam(), k.namens() ? k.indiener.naam() : null,
                kijker.namensParameter(),
                kijker.namens() == null ? null : kijker.namens().id, k.tekst, k.route.label, k.aard.label,
                k.ondersteuning.label, k.ingediend, k.afgerond, k.andereJeugdbeschermer,
                k.andereJbBesluit == null ? null : ("TOEGEWEZEN".equals(k.andereJbBesluit) ? "Ja, er komt een andere jeugdbeschermer" : "Nee, de jeugdbeschermer blijft"),
                k.andereJbMotivatie,
                k.onderdelen.stream().map(o -> new Onderdeel(o.volgnummer, o.tekst, o.uitspraak, o.overgenomen, o.maatregel)).toList(),
                gesprekken, tijdlijn, volgende(tijdlijn).orElse(null), k.route == Route.KJMN, k.hoorzitting, k.reactieTekst,
                klant, isBehandelaar(kijker, k),
                klant && k.afgerond == null ? k.route.volgende() : null, reactieOpStap, nieuwGesprekStap(k),
                k.route == Route.KJMN && k.reactieOp == null, k.uitspraakOp != null && k.reactieOp == null);
    }

    /** The stap whose klachtgesprek staff can register now, or null. */
    private static Integer nieuwGesprekStap(Klacht k) {
        int stap = k.route == Route.STAP2 ? 2 : 1;
        return k.route == Route.KJMN || k.afgerond != null || k.gesprek(stap).isPresent() ? null : stap;
    }

    private Gesprek gesprek(Klachtgesprek g) {
        Klachttermijnen t = termijnen();
        return new Gesprek(g.stap, g.uitgenodigdOp, g.datum, g.deelnemers, g.verslag, g.verslagOp, g.verslagUiterlijk(),
                t.stand(g.verslagUiterlijk(), g.verslagOp != null) == Stand.TE_LAAT
                        || (g.verslagOp != null && !Klachttermijnen.opTijd(g.verslagOp, g.verslagUiterlijk())),
                g.klopt, g.reactie, g.gecorrigeerdVerslag, g.uitkomst == null ? null : g.uitkomst.label, g.volgendeStap,
                g.afspraken.stream().map(a -> new Afspraak(a.id, a.wat, a.eigenaar, a.uiterlijk, a.gedaanOp,
                        t.stand(a.uiterlijk, a.gedaanOp != null) == Stand.TE_LAAT)).toList());
    }

    /** Every step of the complaint in order, with who acts and the due date (DOMAIN §4). */
    List<Stap> tijdlijn(Klacht k) {
        List<Stap> stappen = new ArrayList<>();
        stappen.add(stap("Klacht ingediend", "Klager", k.ingediend, null, true));
        for (int nummer = 1; nummer <= 2; nummer++) {
            Optional<Klachtgesprek> gesprek = k.gesprek(nummer);
            boolean bezig = k.route == (nummer == 1 ? Route.STAP1 : Route.STAP2);
            if (gesprek.isEmpty()) {
                if (bezig) {
                    stappen.add(stap("Uitnodiging voor het klachtgesprek (stap " + nummer + ")",
                            nummer == 1 ? "Jeugdbeschermer" : "Leidinggevende", null, null, false));
                }
                continue;
            }
            Klachtgesprek g = gesprek.get();
            stappen.add(stap("Uitnodiging voor het klachtgesprek (stap " + nummer + ")", "GI", g.uitgenodigdOp, null, true));
            stappen.add(stap("Klachtgesprek (stap " + nummer + ")", "Iedereen", g.datum, null, !g.datum.isAfter(termijnen().vandaag())));
            stappen.add(stap("Verslag van het gesprek", "GI", g.verslagOp, g.verslagUiterlijk(), g.verslagOp != null));
            stappen.add(stap("Reactie op het verslag: klopt het?", "Klager", g.reactieOp, null, g.reactieOp != null));
            if (Boolean.FALSE.equals(g.klopt)) {
                stappen.add(stap("Verbeterd verslag", "GI", g.gecorrigeerdOp, null, g.gecorrigeerdOp != null));
            }
            for (Klachtafspraak a : g.afspraken) {
                stappen.add(stap("Afspraak: " + a.wat, a.eigenaar, a.gedaanOp, a.uiterlijk, a.gedaanOp != null));
            }
            stappen.add(stap("Uitkomst van het gesprek" + (g.uitkomst == null ? "" : ": " + g.uitkomst.label.toLowerCase()),
                    "GI", null, null, g.uitkomst != null));
        }
        if (k.route == Route.KJMN) {
            stappen.add(stap("Klacht naar de KJMN gestuurd", "Klager", k.kjmnIngediend, null, true));
            stappen.add(stap("De KJMN bevestigt dat zij de klacht heeft", "KJMN", k.kjmnOntvangen,
                    Klachttermijnen.ontvangstUiterlijk(k.kjmnIngediend), k.kjmnOntvangen != null));
            stappen.add(stap("De KJMN kijkt of de klacht compleet is", "KJMN", k.kjmnCompleet,
                    termijnen().compleetUiterlijk(k.kjmnIngediend, k.internGesprekVan, k.internGesprekTot), k.kjmnCompleet != null));
            if (k.internGesprekVan != null) {
                stappen.add(stap("Intern gesprek. De KJMN wacht zolang" + (k.internGesprekTot == null ? "" : ", tot " + Datums.lang(k.internGesprekTot)),
                        "GI", k.internGesprekVan, null, k.internGesprekTot != null));
            }
            stappen.add(stap("Hoorzitting", "KJMN", k.hoorzitting, null,
                    k.hoorzitting != null && !k.hoorzitting.isAfter(termijnen().vandaag())));
            stappen.add(stap("Uitspraak van de KJMN", "KJMN", k.uitspraakOp, null, k.uitspraakOp != null));
            stappen.add(stap("Reactie van de GI op de uitspraak", "GI", k.reactieOp,
                    k.uitspraakOp == null ? null : Klachttermijnen.reactieUiterlijk(k.uitspraakOp), k.reactieOp != null));
        }
        return stappen;
    }

    private Stap stap(String titel, String wie, LocalDate datum, LocalDate uiterlijk, boolean gedaan) {
        Stand stand = uiterlijk == null ? (gedaan ? Stand.AFGEHANDELD : null) : termijnen().stand(uiterlijk, gedaan);
        return new Stap(titel, wie, datum, uiterlijk, gedaan, stand == null ? "Nog niet" : stand.label,
                stand == Stand.TE_LAAT);
    }

    /** Who acts next: the first step not done, or a late one before it wins. */
    private static Optional<Stap> volgende(List<Stap> tijdlijn) {
        return tijdlijn.stream().filter(Stap::teLaat).findFirst().or(() -> tijdlijn.stream().filter(s -> !s.gedaan()).findFirst());
    }

    /** The PDF for the KJMN, for the client and the staff on the complaint, once it goes to the KJMN. */
    @Transactional
    public Optional<byte[]> kjmnDocument(Kijker kijker, Long id) {
        return toegang(kijker, id, (ik, k) -> isKlager(ik, k) || isBehandelaar(ik, k)).filter(k -> k.route == Route.KJMN)
                .map(KjmnDocument::maak);
    }

    // ---- The client -----------------------------------------------------------------------------

    /** "Klopt het verslag?": errors by field, or empty when this person may not react. */
    @Transactional
    public Optional<Map<String, String>> reageren(Kijker kijker, Long id, int stap, String klopt, String reactie) {
        Optional<Klachtgesprek> gevonden = toegang(kijker, id, KlachtService::isKlager)
                .flatMap(k -> k.gesprek(stap)).filter(g -> g.verslag != null && g.reactieOp == null);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek g = gevonden.get();
        boolean je = kijker.namens() == null && g.klacht.klager.leeftijdOp(termijnen().vandaag()) < 18;
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!"ja".equals(klopt) && !"nee".equals(klopt)) {
            fouten.put("klopt", je ? "Kies ja of nee." : "Kies ja of nee, alstublieft.");
        }
        zet(fouten, "reactie", Tekstcontrole.fout(reactie, "nee".equals(klopt), je));
        if (!fouten.isEmpty()) {
            return Optional.of(fouten);
        }
        g.klopt = "ja".equals(klopt);
        g.reactie = reactie == null || reactie.isBlank() ? null : reactie.strip();
        g.reactieOp = termijnen().vandaag();
        audit.schrijf(InzageService.actor(kijker), new Audit.Gebeurtenis(Actie.KLACHTVERSLAG_BEOORDEELD,
                Uitkomst.GEWIJZIGD, g.klacht.dossier.id, null, g.klopt ? "KLOPT" : "KLOPT_NIET", "klacht " + g.klacht.id,
                List.of(g.klacht.klager.id)));
        return Optional.of(Map.of());
    }

    /** The client moves the complaint on (Stap 1 to Stap 2, Stap 2 to the KJMN). */
    @Transactional
    public boolean verder(Kijker kijker, Long id) {
        Optional<Klacht> gevonden = toegang(kijker, id, KlachtService::isKlager).filter(k -> k.afgerond == null
                && k.route.volgende() != null);
        gevonden.ifPresent(k -> {
            k.route = k.route.volgende();
            if (k.route == Route.KJMN) {
                k.kjmnIngediend = termijnen().vandaag();
            }
            audit.schrijf(InzageService.actor(kijker), new Audit.Gebeurtenis(Actie.KLACHT_VERDER, Uitkomst.GEWIJZIGD,
                    k.dossier.id, null, k.route.name(), "klacht " + k.id, List.of(k.klager.id)));
            meld(k, "klacht naar de volgende stap", "De klacht gaat verder: " + k.route.label + ".");
        });
        return gevonden.isPresent();
    }

    // ---- Staff ----------------------------------------------------------------------------------

    /**
     * Records one step staff entered ({@code actie}: the form it came from). Errors by field, empty
     * when saved; nothing is saved when there is an error. Empty optional: not theirs to register.
     */
    @Transactional
    public Optional<Map<String, String>> registreer(Kijker kijker, Long id, String actie, Map<String, String> velden) {
        Optional<Klacht> gevonden = toegang(kijker, id, KlachtService::isBehandelaar);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klacht k = gevonden.get();
        Velden v = new Velden(velden);
        Optional<String> bericht = switch (actie) {
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
        Audit.Actor actor = InzageService.actor(kijker);
        if (!v.fouten.isEmpty()) {
            if (actie.equals("instellingsreactie")) {
                audit.schrijf(actor, new Audit.Gebeurtenis(Actie.INSTELLINGSREACTIE_GEWEIGERD, Uitkomst.GEWEIGERD,
                        k.dossier.id, null, null, "klacht " + k.id, List.of(k.klager.id)));
            }
            return Optional.of(v.fouten);
        }
        audit.schrijf(actor, new Audit.Gebeurtenis(actie.equals("instellingsreactie") ? Actie.INSTELLINGSREACTIE_VERSTUURD
                : Actie.KLACHT_BIJGEWERKT, Uitkomst.GEWIJZIGD, k.dossier.id, null, actie, "klacht " + k.id,
                List.of(k.klager.id)));
        bericht.ifPresent(tekst -> meld(k, "nieuws over de klacht", tekst));
        return Optional.of(Map.of());
    }

    private Optional<String> gesprek(Klacht k, Velden v) {
        Integer stap = nieuwGesprekStap(k);
        if (stap == null) {
            v.fouten.put("datum", "Voor deze stap kan geen gesprek meer worden vastgelegd.");
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
        return Optional.of("U bent uitgenodigd voor een klachtgesprek op " + Datums.lang(datum) + ". Wie er zijn: "
                + deelnemers + ". Het verslag komt uiterlijk op " + Datums.lang(g.verslagUiterlijk()) + ".");
    }

    private Optional<String> verslag(Klacht k, Velden v) {
        Optional<Klachtgesprek> g = v.gesprek(k);
        String verslag = v.tekst("verslag", true);
        if (g.isEmpty() || !v.fouten.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek gesprek = g.get();
        if (gesprek.verslag == null) {
            gesprek.verslag = verslag;
            gesprek.verslagOp = termijnen().vandaag();
            return Optional.of("Het verslag van het klachtgesprek staat klaar. Klopt het? Laat het ons weten.");
        }
        // The first verslag stays: the corrected one is shown next to it, as the client asked.
        gesprek.gecorrigeerdVerslag = verslag;
        gesprek.gecorrigeerdOp = termijnen().vandaag();
        return Optional.of("Het verbeterde verslag van het klachtgesprek staat klaar.");
    }

    private Optional<String> afspraak(Klacht k, Velden v) {
        Optional<Klachtgesprek> g = v.gesprek(k);
        String wat = v.tekst("wat", true);
        String eigenaar = v.tekst("eigenaar", true);
        if (eigenaar != null && eigenaar.length() > 200) {
            v.fouten.put("eigenaar", "Schrijf alleen een naam of functie. Dat mag 200 tekens zijn.");
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
        return Optional.of("Nieuwe afspraak: " + wat + ". Wie: " + eigenaar + ". Uiterlijk: " + Datums.lang(uiterlijk) + ".");
    }

    private Optional<String> afspraakGedaan(Klacht k, Velden v) {
        Optional<Klachtafspraak> a = k.gesprekken.stream().flatMap(g -> g.afspraken.stream())
                .filter(x -> String.valueOf(x.id).equals(v.waarden.get("afspraak")) && x.gedaanOp == null).findFirst();
        if (a.isEmpty()) {
            v.fouten.put("afspraak", "Kies een afspraak die nog open staat.");
            return Optional.empty();
        }
        a.get().gedaanOp = termijnen().vandaag();
        return Optional.of("Afspraak gedaan: " + a.get().wat + ".");
    }

    private Optional<String> uitkomst(Klacht k, Velden v) {
        Optional<Klachtgesprek> g = v.gesprek(k);
        Gespreksuitkomst uitkomst = v.keuze(Gespreksuitkomst.class, "uitkomst", "Kies de uitkomst van het gesprek.");
        String volgende = v.tekst("volgendeStap", uitkomst != null && uitkomst != Gespreksuitkomst.OPGELOST);
        if (g.isEmpty() || !v.fouten.isEmpty()) {
            return Optional.empty();
        }
        g.get().uitkomst = uitkomst;
        g.get().volgendeStap = volgende;
        if (uitkomst == Gespreksuitkomst.OPGELOST) {
            k.afgerond = termijnen().vandaag();
        }
        return Optional.of("De uitkomst van het klachtgesprek: " + uitkomst.label.toLowerCase() + "."
                + (volgende == null ? "" : " Wat u nu kunt doen: " + volgende));
    }

    private Optional<String> andereJeugdbeschermer(Klacht k, Velden v) {
        String besluit = v.waarden.get("besluit");
        if (!"TOEGEWEZEN".equals(besluit) && !"AFGEWEZEN".equals(besluit)) {
            v.fouten.put("besluit", "Kies ja of nee.");
        }
        String motivatie = v.tekst("motivatie", true);
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        k.andereJbBesluit = besluit;
        k.andereJbMotivatie = motivatie;
        return Optional.of("Er is een besluit over de vraag om een andere jeugdbeschermer. Lees de uitleg bij de klacht.");
    }

    /** One KJMN milestone, as the KJMN reported it to the GI. */
    private Optional<String> kjmn(Klacht k, Velden v) {
        if (k.route != Route.KJMN) {
            v.fouten.put("mijlpaal", "Deze klacht is niet bij de KJMN.");
            return Optional.empty();
        }
        String mijlpaal = v.waarden.getOrDefault("mijlpaal", "");
        LocalDate datum = v.datum("datum");
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        switch (mijlpaal) {
            case "ontvangen" -> k.kjmnOntvangen = datum;
            case "compleet" -> k.kjmnCompleet = datum;
            case "intern-van" -> k.internGesprekVan = datum;
            case "intern-tot" -> k.internGesprekTot = datum;
            case "hoorzitting" -> k.hoorzitting = datum;
            default -> {
                v.fouten.put("mijlpaal", "Kies welke stap van de KJMN u vastlegt.");
                return Optional.empty();
            }
        }
        return Optional.of("Nieuws van de KJMN over de klacht. Kijk bij de klacht welke stap nu klaar is.");
    }

    private Optional<String> uitspraak(Klacht k, Velden v) {
        LocalDate datum = v.datum("datum");
        Map<Klachtonderdeel, Uitspraak> gekozen = new LinkedHashMap<>();
        for (Klachtonderdeel o : k.onderdelen) {
            gekozen.put(o, v.keuze(Uitspraak.class, "uitspraak-" + o.volgnummer, "Kies de uitspraak over punt " + o.volgnummer + "."));
        }
        if (k.route != Route.KJMN || k.reactieOp != null) {
            v.fouten.put("datum", "Voor deze klacht kan geen uitspraak meer worden vastgelegd.");
        }
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        gekozen.forEach((o, u) -> o.uitspraak = u);
        k.uitspraakOp = datum;
        return Optional.of("De KJMN heeft uitspraak gedaan. De GI reageert uiterlijk op "
                + Datums.lang(Klachttermijnen.reactieUiterlijk(datum)) + ".");
    }

    private Optional<String> instellingsreactie(Klacht k, Velden v) {
        if (k.uitspraakOp == null || k.reactieOp != null) {
            v.fouten.put("reactie", "Er is geen uitspraak die nog een reactie nodig heeft.");
            return Optional.empty();
        }
        List<Instellingsreactie.Onderdeel> ingevuld = new ArrayList<>();
        for (Klachtonderdeel o : k.onderdelen) {
            String over = v.waarden.get("overgenomen-" + o.volgnummer);
            String maatregel = v.tekst("maatregel-" + o.volgnummer, false);
            ingevuld.add(new Instellingsreactie.Onderdeel(o.volgnummer, o.uitspraak,
                    "ja".equals(over) ? Boolean.TRUE : "nee".equals(over) ? Boolean.FALSE : null, maatregel));
        }
        String tekst = v.tekst("reactie", true);
        Instellingsreactie.ontbreekt(ingevuld).forEach((nummer, fout) -> v.fouten.putIfAbsent("maatregel-" + nummer, fout));
        if (!v.fouten.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < k.onderdelen.size(); i++) {
            Klachtonderdeel o = k.onderdelen.get(i);
            o.overgenomen = ingevuld.get(i).overgenomen();
            o.maatregel = ingevuld.get(i).maatregel();
        }
        k.reactieTekst = tekst;
        k.reactieOp = termijnen().vandaag();
        k.afgerond = k.reactieOp;
        return Optional.of("De GI heeft gereageerd op de uitspraak van de KJMN. Per punt staat erbij wat we doen.");
    }

    /** Reads a staff form and collects its errors by field, in B1 for staff ("u"). */
    private final class Velden {
        final Map<String, String> waarden;
        final Map<String, String> fouten = new LinkedHashMap<>();

        Velden(Map<String, String> waarden) {
            this.waarden = waarden;
        }

        String tekst(String veld, boolean verplicht) {
            String tekst = waarden.get(veld);
            zet(fouten, veld, Tekstcontrole.fout(tekst, verplicht, false));
            return tekst == null || tekst.isBlank() ? null : tekst.strip();
        }

        LocalDate datum(String veld) {
            String tekst = waarden.get(veld);
            try {
                return LocalDate.parse(tekst == null ? "" : tekst.strip());
            } catch (DateTimeParseException e) {
                fouten.put(veld, "Vul een datum in, bijvoorbeeld " + termijnen().vandaag() + ".");
                return null;
            }
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
                fouten.put("stap", "Leg eerst het klachtgesprek vast.");
            }
            return g;
        }
    }

    // ---- Facts and access -----------------------------------------------------------------------

    private void meld(Klacht k, String onderwerp, String tekst) {
        meldingen.gewijzigd(k.klager, k.indiener, "een klacht", "/klachten/" + k.id, new Tweetalig(onderwerp, null),
                new Tweetalig(tekst, null));
    }

    /** Whose complaint it is: the client when a vertrouwenspersoon acts namens them. */
    private static Persoon klager(Kijker kijker) {
        return kijker.namens() == null ? kijker.persoon() : kijker.namens();
    }

    private static boolean isKlager(Kijker kijker, Klacht k) {
        return klager(kijker).id.equals(k.klager.id);
    }

    /** The jeugdbeschermer on the case and the leidinggevende of the team, by {@link Klachtregels#behandelt}. */
    private static boolean isBehandelaar(Kijker kijker, Klacht k) {
        return kijker.zaakrol(k.dossier).filter(Klachtregels::behandelt).isPresent();
    }

    /** The klager, and staff on the case (the FG looks on at every case). */
    private static boolean magZien(Kijker kijker, Klacht k) {
        return isKlager(kijker, k) || kijker.zaakrol(k.dossier).isPresent();
    }

    static boolean magLeren(Kijker kijker) {
        return Klachtregels.magLeren(kijker.functies());
    }

    private static void zet(Map<String, String> fouten, String veld, String fout) {
        if (fout != null) {
            fouten.put(veld, fout);
        }
    }
}
