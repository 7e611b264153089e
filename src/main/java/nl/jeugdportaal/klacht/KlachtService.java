package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.klacht.Klachtweergaven.*;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.rechten.Beschikkingen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.tijd.Datuminvoer;
import nl.jeugdportaal.verzoek.Meldingen;
import nl.jeugdportaal.verzoek.VerzoekService;
import nl.jeugdportaal.verzoek.regels.Aanvrager;
import nl.jeugdportaal.verzoek.regels.Band;
import nl.jeugdportaal.verzoek.regels.Stand;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Indienlimiet;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * Complaints: filing, the klachtgesprekken of Stap 1 and 2, the KJMN milestones and the timeline.
 * Who may file comes from {@link Klachtregels}, the terms from {@link Klachttermijnen}; the dossier
 * is opened through the inzage rules, so a forged child or client id gets nothing. Everything is logged.
 * Texts come from {@link KlachtTekst} in the language the caller asks for: the page's, or Dutch for
 * the JSON API; inbox messages are written in both languages at once.
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
    Gebeurtenissen gebeurtenissen;
    @Inject
    Meldingen meldingen;
    @Inject
    Clock clock;
    @Inject
    Indienlimiet limiet;
    @Inject
    Beschikkingen beschikkingen;

    Klachttermijnen termijnen() {
        return new Klachttermijnen(clock);
    }

    /** Who acts on a step: names of organisations, the same in every language. */
    private static final String GI = "GI";
    private static final String KJMN = "KJMN";

    // ---- Filing ---------------------------------------------------------------------------------

    @Transactional
    public Optional<Formulier> formulier(Kijker kijker, Long kindId, Invoer invoer, Taal taal) {
        return dossier(kijker, kindId).map(d -> formulier(kijker, d, invoer, Map.of(), taal));
    }

    private Optional<Dossier> dossier(Kijker kijker, Long kindId) {
        return inzage.leesbaar(kijker, kindId, List.of(), kijker.actor(), Actie.STUK_BEKEKEN)
                .map(InzageService.Leesbaar::dossier);
    }

    private Formulier formulier(Kijker kijker, Dossier dossier, Invoer invoer, Map<String, String> fouten, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Aanvrager aanvrager = verzoeken.aanvrager(kijker, dossier);
        // A vertrouwenspersoon is an adult writing for a client: "u", whoever the client is.
        boolean je = kijker.namens() == null && aanvrager.jeVorm();
        Persoon namens = kijker.namens();
        Indienrecht recht = Klachtregels.magIndienen(aanvrager);
        return new Formulier(dossier.kind.id, dossier.kind.naam(), je, klagersoorten(aanvrager.band()).size() > 1,
                namens == null ? null : namens.naam(), namens == null ? null : namens.id, recht, reden(recht, je, t, taal.bundel(KlachtrouteTekst.class)),
                Arrays.stream(Route.values()).map(r -> new Keuze(r.name(), t.route(r),
                        je ? t.routeUitlegJe(r) : t.routeUitlegU(r))).toList(),
                keuzes(Aard.values(), t::aard), keuzes(Ondersteuning.values(), t::ondersteuning),
                keuzes(klagersoorten(aanvrager.band()).toArray(Klagersoort[]::new), t::klagersoort),
                invoer, fouten, beschikkingen.zichtbaar(kijker, dossier.kind.id));
    }

    /** Why this person may or may not file a complaint here. */
    static String reden(Indienrecht recht, boolean je, KlachtTekst t, KlachtrouteTekst r) {
        return switch (recht) {
            case VOOR_UW_KIND -> t.magVoorUwKind();
            case ALS_VERZORGER -> r.magAlsVerzorger();
            case VOOR_JEZELF -> je ? t.magVoorJezelfJe() : t.magVoorJezelfU();
            case TE_JONG -> t.teJong();
            case MEDEWERKER -> t.medewerkerDientNietIn();
            case NIET_IN_DOSSIER -> je ? t.nietInDossierJe() : t.nietInDossierU();
        };
    }

    private static <E extends Enum<E>> List<Keuze> keuzes(E[] waarden, Function<E, String> label) {
        return Arrays.stream(waarden).map(e -> new Keuze(e.name(), label.apply(e), null)).toList();
    }

    /** The new complaint's id, or the form again with the reason or the errors. */
    public record Indiening(Long klachtId, Formulier formulier) {
        public boolean geweigerd() {
            return klachtId == null && !formulier.recht().toegestaan();
        }
    }

    @Transactional
    public Optional<Indiening> indienen(Kijker kijker, Long kindId, Invoer invoer, Taal taal) {
        Optional<Dossier> gevonden = dossier(kijker, kindId);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = gevonden.get();
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Formulier formulier = formulier(kijker, dossier, invoer, Map.of(), taal);
        Persoon klager = klager(kijker);
        if (!formulier.recht().toegestaan()) {
            // The log is read by the GI, in Dutch.
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHT_GEWEIGERD, Uitkomst.GEWEIGERD,
                    dossier.id, null, null, reden(formulier.recht(), formulier.jeVorm(), Taal.NL.bundel(KlachtTekst.class),
                            Taal.NL.bundel(KlachtrouteTekst.class)),
                    List.of(klager.id)));
            return Optional.of(new Indiening(null, formulier));
        }
        boolean je = formulier.jeVorm();
        Map<String, String> fouten = new LinkedHashMap<>();
        Lezer lezer = new Lezer(je, taal == Taal.EN);
        zet(fouten, "tekst", Tekstcontrole.fout(invoer.tekst(), true, lezer));
        String onderdelenFout = Tekstcontrole.fout(invoer.onderdelen(), true, lezer);
        List<String> onderdelen = Klachtregels.onderdelen(invoer.onderdelen());
        zet(fouten, "onderdelen", onderdelenFout != null ? onderdelenFout : puntenfout(Klachtregels.fout(onderdelen), je, t));
        Route route = Keuzelijst.lees(Route.class, invoer.route());
        Aard aard = Keuzelijst.lees(Aard.class, invoer.aard());
        Ondersteuning ondersteuning = Keuzelijst.lees(Ondersteuning.class, invoer.ondersteuning());
        if (route == null) {
            fouten.put("route", je ? t.kiesRouteJe() : t.kiesRouteU());
        }
        if (aard == null) {
            fouten.put("aard", je ? t.kiesAardJe() : t.kiesAardU());
        }
        if (ondersteuning == null) {
            fouten.put("ondersteuning", je ? t.kiesOndersteuningJe() : t.kiesOndersteuningU());
        }
        Klagersoort klagersoort = klagersoort(verzoeken.aanvrager(kijker, dossier).band(), invoer.klager());
        if (klagersoort == null) {
            fouten.put("klager", t.kiesKlager());
        }
        if (!fouten.isEmpty()) {
            return Optional.of(new Indiening(null, formulier(kijker, dossier, invoer, fouten, taal)));
        }
        LocalDate vandaag = termijnen().vandaag();
        limiet.telMee(kijker.persoon());
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
        k.routeSinds = vandaag;
        for (int i = 0; i < onderdelen.size(); i++) {
            Klachtonderdeel o = new Klachtonderdeel();
            o.klacht = k;
            o.volgnummer = i + 1;
            o.tekst = onderdelen.get(i);
            k.onderdelen.add(o);
        }
        k.persist();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHT_INGEDIEND, Uitkomst.TOEGESTAAN,
                dossier.id, null, route.name(), "klacht " + k.id, List.of(klager.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_INGEDIEND, dossier.kind.id, klager.id, "/api/klachten/" + k.id);
        meld(k, KlachtTekst::onderwerpOntvangen, (tekst, in, jeVorm) -> tekst.ontvangen(tekst.route(route)));
        return Optional.of(new Indiening(k.id, formulier));
    }

    /**
     * Who the person filing can say they are, in the groups of seed 002 §1.3. The registration knows
     * the relation but not whether a parent is the mother or the father, nor whether a carer is a
     * pleegouder or a grandparent: where there is more than one answer, the form asks.
     */
    static List<Klagersoort> klagersoorten(Band band) {
        return switch (band) {
            case OUDER -> List.of(Klagersoort.MOEDER, Klagersoort.VADER, Klagersoort.BEIDE_OUDERS);
            case PLEEGOUDER -> List.of(Klagersoort.PLEEGOUDERS, Klagersoort.GROOTOUDERS, Klagersoort.OVERIGEN);
            case KIND_ZELF -> List.of(Klagersoort.JEUGDIGE);
            case VOOGD -> List.of(Klagersoort.VOOGD);
            default -> List.of(Klagersoort.OVERIGEN);
        };
    }

    /** The chosen group when it is one this person can be; the only one when there is no choice. */
    static Klagersoort klagersoort(Band band, String gekozen) {
        List<Klagersoort> mogelijk = klagersoorten(band);
        if (mogelijk.size() == 1) {
            return mogelijk.get(0);
        }
        Klagersoort k = Keuzelijst.lees(Klagersoort.class, gekozen);
        return k != null && mogelijk.contains(k) ? k : null;
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
    public Overzicht overzicht(Kijker kijker, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Set<Zaakrol> functies = kijker.functies();
        boolean medewerker = !functies.isEmpty();
        // For staff the query finds the cases the registration ties them to; the rule decides with the login's roles.
        List<Klacht> klachten = !medewerker ? Klacht.vanKlagerOfIndiener(kijker.persoon(), clienten(kijker))
                : (Zaakrol.alleZaken(functies) ? Klacht.open() : Klacht.openVanMedewerker(kijker.persoon())).stream()
                        .filter(k -> kijker.zaakrol(k.dossier).isPresent()).toList();
        List<Regel> rijen = klachten.stream().map(k -> {
            Optional<Stap> volgende = volgende(tijdlijn(k, taal));
            String namens = !medewerker && !k.klager.id.equals(kijker.persoon().id) ? "?namens=" + k.klager.id : "";
            return new Regel(k.id, k.dossier.kind.naam(), k.klager.naam(), t.route(k.route), k.ingediend,
                    volgende.map(Stap::titel).orElse(t.afgerond()), volgende.map(Stap::wie).orElse(""),
                    volgende.map(Stap::uiterlijk).orElse(null), volgende.map(Stap::teLaat).orElse(false),
                    "/klachten/" + k.id + namens, volgende.map(Stap::afspraak).orElse(null));
        }).toList();
        String kop = !medewerker ? t.mijnKlachten() : Zaakrol.alleZaken(functies) ? t.openAlleTeams()
                : functies.contains(Zaakrol.LEIDINGGEVENDE) ? t.openTeam() : t.openUwDossiers();
        boolean je = !kijker.isMedewerker() && kijker.namens() == null
                && kijker.persoon().leeftijdOp(termijnen().vandaag()) < 18;
        return new Overzicht(kop, medewerker, je, rijen, rijen.stream().filter(Regel::teLaat).count(),
                magLeren(kijker));
    }

    /** The klachten of this klager with a verslag waiting for "klopt het?": link and the child's name. */
    @Transactional
    public List<Map.Entry<String, String>> verslagenTeLezen(Kijker kijker) {
        return Klacht.vanKlagerOfIndiener(kijker.persoon(), List.of()).stream().filter(k -> isKlager(kijker, k))
                .filter(k -> k.gesprekken.stream().anyMatch(g -> g.verslag != null && g.reactieOp == null))
                .map(k -> Map.entry("/klachten/" + k.id + kijker.namensParameter(), k.dossier.kind.naam())).toList();
    }

    @Transactional
    public Optional<Detail> bekijk(Kijker kijker, Long id, Taal taal) {
        return toegang(kijker, id, KlachtService::magZien).map(k -> {
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHT_BEKEKEN, Uitkomst.TOEGESTAAN,
                    k.dossier.id, null, null, "klacht " + k.id, List.of(k.klager.id)));
            return detail(kijker, k, taal);
        });
    }

    /**
     * The complaint when {@code mag} lets this person at it. A complaint that exists but is not theirs
     * (a forged id, another team's case) gives the same empty answer as an unknown id, and is logged
     * as a refusal with the klager as the person it is about.
     */
    private Optional<Klacht> toegang(Kijker kijker, Long id, BiPredicate<Kijker, Klacht> mag) {
        Optional<Klacht> gevonden = Klacht.zoek(id);
        gevonden.filter(k -> !mag.test(kijker, k)).ifPresent(k -> audit.schrijf(kijker.actor(),
                new Audit.Gebeurtenis(Actie.KLACHT_NIET_GEOPEND, Uitkomst.GEWEIGERD, k.dossier.id, null, null,
                        "klacht " + k.id + ": geen toegang", List.of(k.klager.id))));
        return gevonden.filter(k -> mag.test(kijker, k));
    }

    private Detail detail(Kijker kijker, Klacht k, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        boolean klant = isKlager(kijker, k);
        boolean je = klant && kijker.namens() == null && k.klager.leeftijdOp(termijnen().vandaag()) < 18;
        List<Stap> tijdlijn = tijdlijn(k, taal);
        List<Gesprek> gesprekken = k.gesprekken.stream().map(g -> gesprek(g, t)).toList();
        Integer reactieOpStap = klant ? k.gesprekken.stream()
                .filter(g -> g.verslag != null && g.reactieOp == null).map(g -> g.stap).findFirst().orElse(null) : null;
        return new Detail(k.id, k.dossier.kind.naam(), je, k.klager.naam(), k.namens() ? k.indiener.naam() : null,
                kijker.namensParameter(),
                kijker.namens() == null ? null : kijker.namens().id, k.tekst, t.route(k.route), t.aard(k.aard),
                t.ondersteuning(k.ondersteuning), k.ingediend, k.afgerond, k.andereJeugdbeschermer,
                k.andereJbBesluit == null ? null : ("TOEGEWEZEN".equals(k.andereJbBesluit) ? t.andereJeugdbeschermerJa()
                        : t.andereJeugdbeschermerNee()),
                k.andereJbMotivatie,
                k.onderdelen.stream().map(o -> new Onderdeel(o.volgnummer, o.tekst, o.uitspraak, o.overgenomen, o.maatregel)).toList(),
                gesprekken, tijdlijn, volgende(tijdlijn).orElse(null), k.route == Route.KJMN, k.hoorzitting, k.reactieTekst,
                klant, isBehandelaar(kijker, k),
                klant && k.afgerond == null ? k.route.volgende() : null, reactieOpStap, nieuwGesprekStap(k),
                k.route == Route.KJMN && k.reactieOp == null, k.uitspraakOp != null && k.reactieOp == null,
                beschikkingen.zichtbaar(kijker, k.dossier.kind.id),
                klant && k.route == Route.KJMN && k.kjmnIngediend == null && k.afgerond == null ? termijnen().vandaag() : null);
    }

    /** The stap whose klachtgesprek staff can register now, or null. */
    private static Integer nieuwGesprekStap(Klacht k) {
        int stap = k.route == Route.STAP2 ? 2 : 1;
        return k.route == Route.KJMN || k.afgerond != null || k.gesprek(stap).isPresent() ? null : stap;
    }

    private Gesprek gesprek(Klachtgesprek g, KlachtTekst t) {
        Klachttermijnen termijnen = termijnen();
        return new Gesprek(g.stap, g.uitgenodigdOp, g.datum, g.deelnemers, g.verslag, g.verslagOp, g.verslagUiterlijk(),
                termijnen.stand(g.verslagUiterlijk(), g.verslagOp != null) == Stand.TE_LAAT
                        || (g.verslagOp != null && !Klachttermijnen.opTijd(g.verslagOp, g.verslagUiterlijk())),
                g.klopt, g.reactie, g.gecorrigeerdVerslag, g.uitkomst == null ? null : t.gespreksuitkomst(g.uitkomst), g.volgendeStap,
                g.afspraken.stream().map(a -> new Afspraak(a.id, a.wat, a.eigenaar, a.uiterlijk, a.gedaanOp,
                        termijnen.stand(a.uiterlijk, a.gedaanOp != null) == Stand.TE_LAAT)).toList());
    }

    /** Every step of the complaint in order, with who acts and the due date (DOMAIN §4). */
    List<Stap> tijdlijn(Klacht k, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Klachttermijnen termijnen = termijnen();
        List<Stap> stappen = new ArrayList<>();
        stappen.add(stap(t, t.stapIngediend(), t.wieKlager(), k.ingediend, null, true));
        for (int nummer = 1; nummer <= 2; nummer++) {
            Optional<Klachtgesprek> gesprek = k.gesprek(nummer);
            boolean bezig = k.route == (nummer == 1 ? Route.STAP1 : Route.STAP2);
            if (gesprek.isEmpty()) {
                if (bezig) {
                    stappen.add(stap(t, t.stapUitnodiging(nummer),
                            nummer == 1 ? t.wieJeugdbeschermer() : t.wieLeidinggevende(), null,
                            Klachttermijnen.uitnodigingUiterlijk(k.routeSinds()), false));
                }
                continue;
            }
            Klachtgesprek g = gesprek.get();
            stappen.add(stap(t, t.stapUitnodiging(nummer), GI, g.uitgenodigdOp, null, true));
            stappen.add(stap(t, t.stapGesprek(nummer), t.wieIedereen(), g.datum, null, !g.datum.isAfter(termijnen.vandaag())));
            stappen.add(stap(t, t.stapVerslag(), GI, g.verslagOp, g.verslagUiterlijk(), g.verslagOp != null));
            stappen.add(stap(t, t.stapReactie(), t.wieKlager(), g.reactieOp, null, g.reactieOp != null));
            if (Boolean.FALSE.equals(g.klopt)) {
                stappen.add(stap(t, t.stapVerbeterd(), GI, g.gecorrigeerdOp, null, g.gecorrigeerdOp != null));
            }
            for (Klachtafspraak a : g.afspraken) {
                stappen.add(stap(t, t.stapAfspraak() + " " + a.wat, a.eigenaar, a.gedaanOp, a.uiterlijk, a.gedaanOp != null)
                        .metAfspraak(a.wat));
            }
            stappen.add(stap(t, g.uitkomst == null ? t.stapUitkomst()
                    : t.stapUitkomstWas(t.gespreksuitkomst(g.uitkomst).toLowerCase(taal.locale())), GI, null, null,
                    g.uitkomst != null));
        }
        if (k.route == Route.KJMN) {
            // The portal cannot send to the KJMN: "sent" only once the client or the GI says it was (DOMAIN §4).
            boolean verstuurd = k.kjmnIngediend != null;
            stappen.add(stap(t, verstuurd ? t.stapNaarKjmn() : taal.bundel(KlachtrouteTekst.class).stapNaarKjmnSturen(), t.wieKlager(), k.kjmnIngediend,
                    null, verstuurd));
            stappen.add(stap(t, t.stapOntvangen(), KJMN, k.kjmnOntvangen,
                    verstuurd ? Klachttermijnen.ontvangstUiterlijk(k.kjmnIngediend) : null, k.kjmnOntvangen != null));
            stappen.add(stap(t, t.stapCompleet(), KJMN, k.kjmnCompleet, verstuurd
                    ? termijnen.compleetUiterlijk(k.kjmnIngediend, k.internGesprekVan, k.internGesprekTot) : null,
                    k.kjmnCompleet != null));
            if (k.internGesprekVan != null) {
                stappen.add(stap(t, k.internGesprekTot == null ? t.stapIntern() : t.stapInternTot(taal.datum(k.internGesprekTot)),
                        GI, k.internGesprekVan, null, k.internGesprekTot != null));
            }
            stappen.add(stap(t, t.stapHoorzitting(), KJMN, k.hoorzitting, null,
                    k.hoorzitting != null && !k.hoorzitting.isAfter(termijnen.vandaag())));
            stappen.add(stap(t, t.stapUitspraak(), KJMN, k.uitspraakOp, null, k.uitspraakOp != null));
            stappen.add(stap(t, t.stapInstellingsreactie(), GI, k.reactieOp,
                    k.uitspraakOp == null ? null : Klachttermijnen.reactieUiterlijk(k.uitspraakOp), k.reactieOp != null));
        }
        return stappen;
    }

    private Stap stap(KlachtTekst t, String titel, String wie, LocalDate datum, LocalDate uiterlijk, boolean gedaan) {
        Stand stand = uiterlijk == null ? (gedaan ? Stand.AFGEHANDELD : null) : termijnen().stand(uiterlijk, gedaan);
        return new Stap(titel, wie, datum, uiterlijk, gedaan, stand == null ? t.nogNiet() : t.stand(stand),
                stand == Stand.TE_LAAT, null);
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
    public Optional<Map<String, String>> reageren(Kijker kijker, Long id, int stap, String klopt, String reactie, Taal taal) {
        Optional<Klachtgesprek> gevonden = toegang(kijker, id, KlachtService::isKlager)
                .flatMap(k -> k.gesprek(stap)).filter(g -> g.verslag != null && g.reactieOp == null);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek g = gevonden.get();
        boolean je = kijker.namens() == null && g.klacht.klager.leeftijdOp(termijnen().vandaag()) < 18;
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!"ja".equals(klopt) && !"nee".equals(klopt)) {
            KlachtTekst t = taal.bundel(KlachtTekst.class);
            fouten.put("klopt", je ? t.kiesJaNee() : t.kiesJaNeeU());
        }
        zet(fouten, "reactie", Tekstcontrole.fout(reactie, "nee".equals(klopt), new Lezer(je, taal == Taal.EN)));
        if (!fouten.isEmpty()) {
            return Optional.of(fouten);
        }
        g.klopt = "ja".equals(klopt);
        g.reactie = reactie == null || reactie.isBlank() ? null : reactie.strip();
        g.reactieOp = termijnen().vandaag();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHTVERSLAG_BEOORDEELD,
                Uitkomst.GEWIJZIGD, g.klacht.dossier.id, null, g.klopt ? "KLOPT" : "KLOPT_NIET", "klacht " + g.klacht.id,
                List.of(g.klacht.klager.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_STAP, g.klacht.dossier.kind.id, g.klacht.klager.id, "/api/klachten/" + g.klacht.id);
        return Optional.of(Map.of());
    }

    /**
     * The client says on which day they sent the complaint to the KJMN: the portal records "sent" only
     * then (or when the GI registers it). Errors by field; empty optional when this is not theirs.
     */
    @Transactional
    public Optional<Map<String, String>> naarKjmnGestuurd(Kijker kijker, Long id, String datum, Taal taal) {
        Optional<Klacht> gevonden = toegang(kijker, id, KlachtService::isKlager)
                .filter(k -> k.route == Route.KJMN && k.kjmnIngediend == null && k.afgerond == null);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klacht k = gevonden.get();
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        LocalDate vandaag = termijnen().vandaag();
        Datuminvoer.Uitkomst gelezen = Datuminvoer.lees(datum);
        if (gelezen.datum() == null) {
            return Optional.of(Map.of("datum", t.vulDatumIn(vandaag.toString())));
        }
        LocalDate dag = gelezen.datum();
        if (dag.isAfter(vandaag) || dag.isBefore(k.ingediend)) {
            return Optional.of(Map.of("datum", taal.bundel(KlachtrouteTekst.class).datumTussen(taal.datum(k.ingediend), taal.datum(vandaag))));
        }
        k.kjmnIngediend = dag;
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHT_BIJGEWERKT, Uitkomst.GEWIJZIGD,
                k.dossier.id, null, "naar-kjmn", "klacht " + k.id, List.of(k.klager.id)));
        return Optional.of(Map.of());
    }

    /** The client moves the complaint on (Stap 1 to Stap 2, Stap 2 to the KJMN). */
    @Transactional
    public boolean verder(Kijker kijker, Long id) {
        Optional<Klacht> gevonden = toegang(kijker, id, KlachtService::isKlager).filter(k -> k.afgerond == null
                && k.route.volgende() != null);
        gevonden.ifPresent(k -> {
            k.route = k.route.volgende();
            k.routeSinds = termijnen().vandaag();
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHT_VERDER, Uitkomst.GEWIJZIGD,
                    k.dossier.id, null, k.route.name(), "klacht " + k.id, List.of(k.klager.id)));
            gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_STAP, k.dossier.kind.id, k.klager.id, "/api/klachten/" + k.id);
            Route naar = k.route;
            meld(k, KlachtTekst::onderwerpVerder, (tekst, in, jeVorm) -> tekst.verder(tekst.route(naar)));
        });
        return gevonden.isPresent();
    }

    // ---- Staff ----------------------------------------------------------------------------------

    /**
     * Records one step staff entered ({@code actie}: the form it came from). Errors by field, empty
     * when saved; nothing is saved when there is an error. Empty optional: not theirs to register.
     */
    @Transactional
    public Optional<Map<String, String>> registreer(Kijker kijker, Long id, String actie, Map<String, String> velden,
            Taal taal) {
        Optional<Klacht> gevonden = toegang(kijker, id, KlachtService::isBehandelaar);
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
        Audit.Actor actor = kijker.actor();
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
        gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_STAP, k.dossier.kind.id, k.klager.id, "/api/klachten/" + k.id);
        bericht.ifPresent(tekst -> meld(k, KlachtTekst::onderwerpNieuws, tekst));
        return Optional.of(Map.of());
    }

    private Optional<Bericht> gesprek(Klacht k, Velden v) {
        Integer stap = nieuwGesprekStap(k);
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
            gesprek.verslagOp = termijnen().vandaag();
            return Optional.of((tekst, in, je) -> tekst.verslagKlaar());
        }
        // The first verslag stays: the corrected one is shown next to it, as the client asked.
        gesprek.gecorrigeerdVerslag = verslag;
        gesprek.gecorrigeerdOp = termijnen().vandaag();
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
        a.get().gedaanOp = termijnen().vandaag();
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
            k.afgerond = termijnen().vandaag();
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
        k.reactieOp = termijnen().vandaag();
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
            zet(fouten, veld, Tekstcontrole.fout(tekst, verplicht, lezer));
            return tekst == null || tekst.isBlank() ? null : tekst.strip();
        }

        LocalDate datum(String veld) {
            LocalDate datum = Datuminvoer.lees(waarden.get(veld)).datum();
            if (datum == null) {
                fouten.put(veld, t.vulDatumIn(termijnen().vandaag().toString()));
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

    // ---- Facts and access -----------------------------------------------------------------------

    /** A message for the inbox, written from the same bundle method in each language (dates in that language too). */
    @FunctionalInterface
    private interface Bericht {
        /** {@code je}: the klager is a jeugdige who reads it themselves (DOMAIN §8). */
        String in(KlachtTekst tekst, Taal taal, boolean je);
    }

    private void meld(Klacht k, Function<KlachtTekst, String> onderwerp, Bericht bericht) {
        // A vertrouwenspersoon reads the same message: an adult, so "u" as soon as she filed it.
        boolean je = !k.namens() && k.klager.leeftijdOp(termijnen().vandaag()) < 18;
        meldingen.gewijzigd(k.klager, k.indiener, "een klacht", "/klachten/" + k.id,
                Tweetalig.van(taal -> onderwerp.apply(taal.bundel(KlachtTekst.class))),
                Tweetalig.van(taal -> bericht.in(taal.bundel(KlachtTekst.class), taal, je)));
    }

    private static String puntenfout(Puntenfout fout, boolean je, KlachtTekst t) {
        if (fout == null) {
            return null;
        }
        return switch (fout.soort()) {
            case GEEN -> je ? t.geenPuntenJe() : t.geenPuntenU();
            case TE_VEEL -> t.teVeelPunten(fout.getal(), Klachtregels.MAX_ONDERDELEN);
            case TE_LANG -> t.puntTeLang(fout.getal(), Klachtregels.MAX_TEKENS_ONDERDEEL);
        };
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

    /** A vertrouwenspersoon follows the complaints of every client whose machtiging holds today (DOMAIN §4). */
    private List<Persoon> clienten(Kijker kijker) {
        return kijker.heeft(Rol.VERTROUWENSPERSOON) ? Machtiging.geldigeClienten(kijker.persoon(), termijnen().vandaag())
                : List.of();
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
