package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.klacht.Klachtweergaven.*;
import nl.jeugdportaal.klacht.formulier.Klagerformulieren;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.rechten.Beschikkingen;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.verzoek.regels.Stand;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Taal;

/**
 * Following a complaint: the lists, the complaint with its timeline (the klachtgesprekken of Stap 1
 * and 2 and the KJMN milestones, with the terms from {@link Klachttermijnen}), the PDF for the KJMN,
 * and what the klager does: "klopt het verslag?", "sent to the KJMN" and moving on a step. Filing is
 * {@link Klachtindiening}, the staff steps are {@link Klachtbehandeling}. Every read is logged.
 * Texts come from {@link KlachtTekst} in the language the caller asks for: the page's, or Dutch for
 * the JSON API; inbox messages are written in both languages at once.
 */
@ApplicationScoped
public class KlachtService {
    @Inject
    Beschikkingen beschikkingen;
    @Inject
    Klachttoegang toegang;
    @Inject
    Formulierfouten formulierfouten;

    /** Who acts on a step: names of organisations, the same in every language. */
    private static final String GI = "GI";
    private static final String KJMN = "KJMN";

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
                && kijker.persoon().leeftijdOp(toegang.termijnen().vandaag()) < 18;
        return new Overzicht(kop, medewerker, je, rijen, rijen.stream().filter(Regel::teLaat).count(),
                Klachttoegang.magLeren(kijker));
    }

    /** The klachten of this klager with a verslag waiting for "klopt het?": link and the child's name. */
    @Transactional
    public List<Map.Entry<String, String>> verslagenTeLezen(Kijker kijker) {
        return Klacht.vanKlagerOfIndiener(kijker.persoon(), List.of()).stream().filter(k -> Klachttoegang.isKlager(kijker, k))
                .filter(k -> k.gesprekken.stream().anyMatch(g -> g.verslag != null && g.reactieOp == null))
                .map(k -> Map.entry("/klachten/" + k.id + kijker.namensParameter(), k.dossier.kind.naam())).toList();
    }

    @Transactional
    public Optional<Detail> bekijk(Kijker kijker, Long id, Taal taal) {
        return toegang.toegang(kijker, id, Klachttoegang::magZien).map(k -> {
            toegang.schrijf(kijker, k, Actie.KLACHT_BEKEKEN, Uitkomst.TOEGESTAAN, null);
            return detail(kijker, k, taal);
        });
    }

    private Detail detail(Kijker kijker, Klacht k, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        boolean klant = Klachttoegang.isKlager(kijker, k);
        boolean je = klant && kijker.namens() == null && k.klager.leeftijdOp(toegang.termijnen().vandaag()) < 18;
        List<Stap> tijdlijn = tijdlijn(k, taal);
        List<Gesprek> gesprekken = k.gesprekken.stream().map(g -> gesprek(g, t)).toList();
        Integer reactieOpStap = klant ? k.gesprekken.stream()
                .filter(g -> g.verslag != null && g.reactieOp == null).map(g -> g.stap).findFirst().orElse(null) : null;
        return new Detail(k.id, k.dossier.kind.naam(), je, k.klager.naam(), k.namens() ? k.indiener.naam() : null,
                kijker.namensParameter(),
                kijker.namens() == null ? null : kijker.namens().id, k.tekst, t.route(k.route), t.aard(k.aard),
                t.ondersteuning(k.ondersteuning), k.ingediend, k.afgerond, k.andereJeugdbeschermer,
                k.andereJbBesluit == null ? null : (k.andereJbBesluit == Wisselbesluit.TOEGEWEZEN ? t.andereJeugdbeschermerJa()
                        : t.andereJeugdbeschermerNee()),
                k.andereJbMotivatie,
                k.onderdelen.stream().map(o -> new Onderdeel(o.volgnummer, o.tekst, o.uitspraak, o.overgenomen, o.maatregel)).toList(),
                gesprekken, tijdlijn, volgende(tijdlijn).orElse(null), k.route == Route.KJMN, k.hoorzitting, k.reactieTekst,
                klant, Klachttoegang.isBehandelaar(kijker, k),
                klant && k.afgerond == null ? k.route.volgende() : null, reactieOpStap, Klachttoegang.nieuwGesprekStap(k),
                k.route == Route.KJMN && k.reactieOp == null, k.uitspraakOp != null && k.reactieOp == null,
                beschikkingen.zichtbaar(kijker, k.dossier.kind.id),
                klant && k.route == Route.KJMN && k.kjmnIngediend == null && k.afgerond == null ? toegang.termijnen().vandaag() : null);
    }

    private Gesprek gesprek(Klachtgesprek g, KlachtTekst t) {
        Klachttermijnen termijnen = toegang.termijnen();
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
        Klachttermijnen termijnen = toegang.termijnen();
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
        Stand stand = uiterlijk == null ? (gedaan ? Stand.AFGEHANDELD : null) : toegang.termijnen().stand(uiterlijk, gedaan);
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
        return toegang.toegang(kijker, id, (ik, k) -> Klachttoegang.isKlager(ik, k) || Klachttoegang.isBehandelaar(ik, k))
                .filter(k -> k.route == Route.KJMN).map(KjmnDocument::maak);
    }

    // ---- The client -----------------------------------------------------------------------------

    /** "Klopt het verslag?": errors by field, or empty when this person may not react. */
    @Transactional
    public Optional<Map<String, String>> reageren(Kijker kijker, Long id, Klagerformulieren.Klopt formulier, Taal taal) {
        Optional<Klachtgesprek> gevonden = toegang.toegang(kijker, id, Klachttoegang::isKlager)
                .flatMap(k -> k.gesprek(formulier.stapnummer())).filter(g -> g.verslag != null && g.reactieOp == null);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klachtgesprek g = gevonden.get();
        boolean je = kijker.namens() == null && g.klacht.klager.leeftijdOp(toegang.termijnen().vandaag()) < 18;
        Map<String, String> fouten = formulierfouten.van(formulier, je, taal);
        if (formulier.reactieOntbreekt()) {
            fouten.put("reactie", Formulierfouten.ontbreekt(je, taal));
        }
        if (!fouten.isEmpty()) {
            return Optional.of(fouten);
        }
        g.klopt = formulier.antwoord().ja();
        g.reactie = Tekstcontrole.opgeschoond(formulier.reactie());
        g.reactieOp = toegang.termijnen().vandaag();
        toegang.schrijf(kijker, g.klacht, Actie.KLACHTVERSLAG_BEOORDEELD, Uitkomst.GEWIJZIGD, g.klopt ? "KLOPT" : "KLOPT_NIET");
        toegang.stapGemeld(g.klacht);
        return Optional.of(Map.of());
    }

    /**
     * The client says on which day they sent the complaint to the KJMN: the portal records "sent" only
     * then (or when the GI registers it). Errors by field; empty optional when this is not theirs.
     */
    @Transactional
    public Optional<Map<String, String>> naarKjmnGestuurd(Kijker kijker, Long id, Klagerformulieren.NaarKjmn formulier,
            Taal taal) {
        Optional<Klacht> gevonden = toegang.toegang(kijker, id, Klachttoegang::isKlager)
                .filter(k -> k.route == Route.KJMN && k.kjmnIngediend == null && k.afgerond == null);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Klacht k = gevonden.get();
        Map<String, String> fouten = formulierfouten.van(formulier, false, taal);
        if (!fouten.isEmpty()) {
            return Optional.of(fouten);
        }
        LocalDate vandaag = toegang.termijnen().vandaag();
        LocalDate dag = formulier.dag();
        if (dag.isAfter(vandaag) || dag.isBefore(k.ingediend)) {
            return Optional.of(Map.of("datum", taal.bundel(KlachtrouteTekst.class).datumTussen(taal.datum(k.ingediend), taal.datum(vandaag))));
        }
        k.kjmnIngediend = dag;
        toegang.schrijf(kijker, k, Actie.KLACHT_BIJGEWERKT, Uitkomst.GEWIJZIGD, "naar-kjmn");
        return Optional.of(Map.of());
    }

    /** The client moves the complaint on (Stap 1 to Stap 2, Stap 2 to the KJMN). */
    @Transactional
    public boolean verder(Kijker kijker, Long id) {
        Optional<Klacht> gevonden = toegang.toegang(kijker, id, Klachttoegang::isKlager).filter(k -> k.afgerond == null
                && k.route.volgende() != null);
        gevonden.ifPresent(k -> {
            k.route = k.route.volgende();
            k.routeSinds = toegang.termijnen().vandaag();
            toegang.schrijf(kijker, k, Actie.KLACHT_VERDER, Uitkomst.GEWIJZIGD, k.route.name());
            toegang.stapGemeld(k);
            Route naar = k.route;
            toegang.meld(k, KlachtTekst::onderwerpVerder, (tekst, in, jeVorm) -> tekst.verder(tekst.route(naar)));
        });
        return gevonden.isPresent();
    }


    /** A vertrouwenspersoon follows the complaints of every client whose machtiging holds today (DOMAIN §4). */
    private List<Persoon> clienten(Kijker kijker) {
        return kijker.heeft(Rol.VERTROUWENSPERSOON) ? Machtiging.geldigeClienten(kijker.persoon(), toegang.termijnen().vandaag())
                : List.of();
    }
}
