package nl.jeugdportaal.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.EigenVerklaring;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.Wilsonbekwaamheid;
import nl.jeugdportaal.verzoek.Weergaven.*;
import nl.jeugdportaal.verzoek.regels.*;
import nl.jeugdportaal.web.Datums;
import nl.jeugdportaal.web.Indienlimiet;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * Requests about a dossier: filing, deciding, extending, the kopie and the eigen verklaring. Who may
 * file what comes from {@link Verzoekregels}; which stukken a person may see, and so which a kopie
 * holds or a correctie can be about, only from {@link InzageService}. Everything is logged.
 */
@ApplicationScoped
public class VerzoekService {
    @Inject
    InzageService inzage;
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
    Kopiemaker kopiemaker;
    @Inject
    Splitsingen splitsingen;

    private final Verzoekregels regels = new Verzoekregels();

    private Termijnen termijnen() {
        return new Termijnen(clock);
    }

    // ---- Filing ---------------------------------------------------------------------------------

    /** The four kinds of request with the rule's answer for this person, or empty when the dossier is not theirs. */
    @Transactional
    public Optional<Keuzes> keuzes(Kijker kijker, Long kindId, Taal taal) {
        return inzage.leesbaar(kijker, kindId, List.of(), kijker.actor(), Actie.STUK_BEKEKEN).map(l -> {
            Aanvrager aanvrager = aanvrager(kijker, l.dossier());
            List<Keuze> keuzes = new ArrayList<>();
            for (Verzoeksoort soort : Verzoeksoort.values()) {
                if (soort.vanuitWeigering()) {
                    continue;
                }
                keuzes.add(new Keuze(soort, soort.name().toLowerCase(), regels.magIndienen(soort, aanvrager, taal == Taal.EN)));
            }
            return new Keuzes(context(kijker, l.dossier(), aanvrager), keuzes);
        });
    }

    public record Keuzes(Context context, List<Keuze> keuzes) {
    }

    /** An empty form, or the reason this person may not file this kind of request. */
    @Transactional
    public Optional<Formulier> formulier(Kijker kijker, Long kindId, Verzoeksoort soort, Invoer invoer, Taal taal) {
        Optional<Stuk> zwart = soort.vanuitWeigering() ? stukOmZwartTeLakken(kijker, kindId, invoer.stukId()) : Optional.empty();
        if (soort.vanuitWeigering() && zwart.isEmpty()) {
            return Optional.empty();
        }
        return inzage.leesbaar(kijker, kindId, null, kijker.actor(), Actie.STUK_BEKEKEN)
                .map(l -> formulier(kijker, l, soort, invoer, Map.of(), taal, zwart.orElse(null)));
    }

    private Formulier formulier(Kijker kijker, InzageService.Leesbaar leesbaar, Verzoeksoort soort, Invoer invoer,
            Map<String, String> fouten, Taal taal, Stuk zwart) {
        Aanvrager aanvrager = aanvrager(kijker, leesbaar.dossier());
        List<StukKeuze> stukken = soort.vanuitWeigering() ? List.of()
                : kiesbaar(soort, leesbaar).stream().map(VerzoekService::keuze).toList();
        return new Formulier(context(kijker, leesbaar.dossier(), aanvrager), soort,
                regels.magIndienen(soort, aanvrager, taal == Taal.EN), stukken,
                zwart == null ? null : aanwijzing(zwart, taal),
                soort == Verzoeksoort.VERNIETIGING
                        ? Verzoekregels.uitzonderingenVernietiging(new Lezer(aanvrager.jeVorm(), taal == Taal.EN)) : null,
                invoer, fouten);
    }

    /**
     * The stuk a zwartgelakte kopie is asked for, judged again on the server as the dossier page
     * judged its refusal: the id comes from a link and is not trusted. Empty, with the refusal logged,
     * for any other id; the log names no dossier, as the id may be another family's.
     */
    private Optional<Stuk> stukOmZwartTeLakken(Kijker kijker, Long kindId, Long stukId) {
        Optional<Stuk> stuk = inzage.zwartTeLakken(kijker, kindId, stukId);
        if (stuk.isEmpty()) {
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.VERZOEK_GEWEIGERD, Uitkomst.GEWEIGERD,
                    null, null, Verzoeksoort.ZWARTGELAKTE_KOPIE.name(), "geen stuk om zwart te lakken: " + stukId,
                    List.of(aanvrager(kijker).id)));
        }
        return stuk;
    }

    /** A stuk named as rule 9 lets a refusal name it: its date and soort, never its title. */
    static Aanwijzing aanwijzing(Stuk stuk, Taal taal) {
        return new Aanwijzing(stuk.id, stuk.datum, taal.bundel(nl.jeugdportaal.inzage.DossierTekst.class).soort(stuk.soort));
    }

    /** The outcome of filing: the new request's id, or the form again with the reason or the errors. */
    public record Indiening(Long verzoekId, Formulier formulier) {
        public boolean geweigerd() {
            return verzoekId == null && !formulier.toets().toegestaan();
        }
    }

    @Transactional
    public Optional<Indiening> indienen(Kijker kijker, Long kindId, Verzoeksoort soort, Invoer invoer, Taal taal) {
        Optional<Stuk> zwart = soort.vanuitWeigering() ? stukOmZwartTeLakken(kijker, kindId, invoer.stukId()) : Optional.empty();
        if (soort.vanuitWeigering() && zwart.isEmpty()) {
            return Optional.empty();
        }
        Optional<InzageService.Leesbaar> leesbaar = inzage.leesbaar(kijker, kindId, null, kijker.actor(),
                Actie.STUK_BEKEKEN);
        if (leesbaar.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = leesbaar.get().dossier();
        Formulier formulier = formulier(kijker, leesbaar.get(), soort, invoer, Map.of(), taal, zwart.orElse(null));
        Persoon aanvrager = aanvrager(kijker);
        if (!formulier.toets().toegestaan()) {
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.VERZOEK_GEWEIGERD, Uitkomst.GEWEIGERD,
                    dossier.id, null, soort.name(), formulier.toets().reden(), List.of(aanvrager.id)));
            return Optional.of(new Indiening(null, formulier));
        }
        Map<String, Stuk> zichtbaar = kiesbaar(soort, leesbaar.get()).stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.id), s -> s));
        boolean je = formulier.context().jeVorm();
        Map<String, String> fouten = controleer(soort, invoer, zichtbaar.keySet(), new Lezer(je, taal == Taal.EN),
                taal.bundel(VerzoekTekst.class));
        if (!fouten.isEmpty()) {
            return Optional.of(new Indiening(null, formulier(kijker, leesbaar.get(), soort, invoer, fouten, taal, zwart.orElse(null))));
        }

        limiet.telMee(kijker.persoon());
        Verzoek v = new Verzoek();
        v.soort = soort;
        v.dossier = dossier;
        v.aanvrager = aanvrager;
        v.indiener = kijker.persoon();
        zwart.ifPresent(stuk -> v.stuk = stuk);
        if (soort == Verzoeksoort.CORRECTIE) {
            v.stuk = zichtbaar.get(String.valueOf(invoer.stukId()));
            v.zin = invoer.zin().strip();
            v.watFout = invoer.watFout().strip();
            v.watMoetHetZijn = invoer.watMoetHetZijn().strip();
        }
        if (Deelbesluit.perStuk(soort)) {
            v.alleStukken = soort == Verzoeksoort.KOPIE && invoer.alleStukken();
            if (!v.alleStukken) {
                invoer.stukIds().forEach(id -> v.gekozenStukken.add(zichtbaar.get(String.valueOf(id))));
            }
        }
        v.toelichting = leegIsNull(invoer.toelichting());
        Termijn termijn = termijnen().nieuw(soort);
        v.status = Status.INGEDIEND;
        v.ingediendOp = clock.instant();
        v.ontvangen = termijn.ontvangen();
        v.uiterlijk = termijn.uiterlijk();
        v.persist();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.VERZOEK_INGEDIEND, Uitkomst.TOEGESTAAN,
                dossier.id, v.stuk == null ? null : v.stuk.id, soort.name(), "verzoek " + v.id, List.of(aanvrager.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.VERZOEK_INGEDIEND, dossier.kind.id, aanvrager.id, "/api/verzoeken/" + v.id);
        LocalDate uiterlijk = v.uiterlijk;
        meldingen.verzoekGewijzigd(v, Tweetalig.van(t -> t.bundel(VerzoekTekst.class).onderwerpOntvangen()),
                Tweetalig.van(t -> {
                    VerzoekTekst tekst = t.bundel(VerzoekTekst.class);
                    String wat = klein(tekst.soort(soort), t);
                    return je ? tekst.ontvangenJe(wat, t.datum(uiterlijk)) : tekst.ontvangenU(wat, t.datum(uiterlijk));
                }));
        return Optional.of(new Indiening(v.id, formulier));
    }

    /**
     * The stukken a request can be about: for a kopie also those the person may see only in part
     * (it holds just those delen); a correctie or vernietiging is about a stuk read whole.
     */
    private static List<Stuk> kiesbaar(Verzoeksoort soort, InzageService.Leesbaar leesbaar) {
        return soort == Verzoeksoort.KOPIE ? leesbaar.inKopie() : leesbaar.stukken();
    }

    private static Map<String, String> controleer(Verzoeksoort soort, Invoer invoer, Set<String> zichtbaar, Lezer je,
            VerzoekTekst tekst) {
        Map<String, String> fouten = new LinkedHashMap<>();
        switch (soort) {
            case KOPIE -> {
                if (!invoer.alleStukken()) {
                    zet(fouten, "stukken", stukkenFout(invoer.stukIds(), zichtbaar, tekst.kiesMinstensEen(), tekst));
                }
                zet(fouten, "toelichting", Tekstcontrole.fout(invoer.toelichting(), false, je));
            }
            case CORRECTIE -> {
                // The same words for a stuk that does not exist and one the person may not see: nothing is revealed.
                if (invoer.stukId() == null || !zichtbaar.contains(String.valueOf(invoer.stukId()))) {
                    fouten.put("stuk", je.je() ? tekst.kiesStukJe() : tekst.kiesStukU());
                }
                zet(fouten, "zin", Tekstcontrole.fout(invoer.zin(), true, je));
                zet(fouten, "watFout", Tekstcontrole.fout(invoer.watFout(), true, je));
                zet(fouten, "watMoetHetZijn", Tekstcontrole.fout(invoer.watMoetHetZijn(), true, je));
            }
            case VERNIETIGING -> {
                zet(fouten, "stukken", stukkenFout(invoer.stukIds(), zichtbaar, tekst.kiesMinstensEenWeg(), tekst));
                zet(fouten, "toelichting", Tekstcontrole.fout(invoer.toelichting(), true, je));
                if (!invoer.gelezen()) {
                    fouten.put("gelezen", je.je() ? tekst.vinkGelezenJe() : tekst.vinkGelezenU());
                }
            }
            case INFORMATIE, BEZWAAR, BEPERKING -> zet(fouten, "toelichting", Tekstcontrole.fout(invoer.toelichting(), true, je));
            case ZWARTGELAKTE_KOPIE -> zet(fouten, "toelichting", Tekstcontrole.fout(invoer.toelichting(), false, je));
        }
        return fouten;
    }

    /** Chosen stukken must be ones on the form: any other id is refused, whether it exists or not. */
    private static String stukkenFout(List<Long> ids, Set<String> zichtbaar, String geenKeuze, VerzoekTekst tekst) {
        if (ids.isEmpty()) {
            return geenKeuze;
        }
        return ids.stream().allMatch(id -> zichtbaar.contains(String.valueOf(id))) ? null : tekst.kiesAlleenUitLijst();
    }

    static void zet(Map<String, String> fouten, String veld, String fout) {
        if (fout != null) {
            fouten.put(veld, fout);
        }
    }

    // ---- Reading --------------------------------------------------------------------------------

    @Transactional
    public Weergaven.Overzicht overzicht(Kijker kijker, Taal taal) {
        return overzicht(kijker, taal, false);
    }

    /** The requests not yet decided, for the staff worklist. */
    @Transactional
    public Weergaven.Overzicht openOverzicht(Kijker kijker, Taal taal) {
        return overzicht(kijker, taal, true);
    }

    private Weergaven.Overzicht overzicht(Kijker kijker, Taal taal, boolean alleenOpen) {
        Termijnen termijnen = termijnen();
        VerzoekTekst tekst = taal.bundel(VerzoekTekst.class);
        boolean fg = kijker.namens() == null && kijker.heeft(Rol.FG);
        boolean jb = kijker.namens() == null && kijker.heeft(Rol.JEUGDBESCHERMER);
        List<Verzoek> verzoeken = fg ? Verzoek.alle()
                : jb ? Verzoek.vanJeugdbeschermer(kijker.persoon())
                : Verzoek.vanAanvragerOfIndiener(kijker.persoon(), kijker.heeft(Rol.VERTROUWENSPERSOON)
                        ? Machtiging.geldigeClienten(kijker.persoon(), termijnen.vandaag()) : List.of());
        List<Regel> rijen = verzoeken.stream()
                .filter(v -> !alleenOpen || !v.status.besloten())
                .sorted(Comparator.comparing((Verzoek v) -> v.status.besloten()).thenComparing(v -> v.termijn().geldend()))
                .map(v -> {
                    Stand stand = termijnen.stand(v.termijn(), v.status.besloten());
                    String namens = !fg && !jb && !v.aanvrager.id.equals(kijker.persoon().id) ? "?namens=" + v.aanvrager.id : "";
                    return new Regel(v.id, tekst.soort(v.soort), v.dossier.kind.naam(), v.aanvrager.naam(),
                            v.namens() ? v.indiener.naam() : null, tekst.status(v.status), v.ontvangen, v.termijn().geldend(),
                            tekst.stand(stand), stand == Stand.TE_LAAT, stand == Stand.BIJNA_TE_LAAT, "/verzoeken/" + v.id + namens);
                }).toList();
        String kop = fg ? tekst.kopAlle() : jb ? tekst.kopJeugdbeschermer() : tekst.kopMijn();
        boolean je = kijker.persoon().leeftijdOp(termijnen.vandaag()) < 18;
        return new Weergaven.Overzicht(kop, fg || jb, je, rijen, rijen.stream().filter(Regel::bijna).count(),
                rijen.stream().filter(Regel::teLaat).count());
    }

    /**
     * A request for someone who may see it; every view and refusal is logged (DOMAIN §2 rule 8). A
     * refusal names no dossier or person: whoever tried an id of another family reveals nothing to
     * that family's log, and the FG still finds it under the login.
     */
    @Transactional
    public Optional<Detail> bekijk(Kijker kijker, Long id, Taal taal) {
        Optional<Verzoek> gevonden = zoek(id).filter(v -> magZien(kijker, v));
        audit.schrijf(kijker.actor(), gevonden
                .map(v -> new Audit.Gebeurtenis(Actie.VERZOEK_BEKEKEN, Uitkomst.TOEGESTAAN, v.dossier.id, null, null,
                        "verzoek " + v.id, List.of(v.aanvrager.id)))
                .orElseGet(() -> new Audit.Gebeurtenis(Actie.VERZOEK_NIET_GEOPEND, Uitkomst.GEWEIGERD, null, null, null,
                        "verzoek " + id, List.of())));
        return gevonden.map(v -> detail(kijker, v, taal));
    }

    private Detail detail(Kijker kijker, Verzoek v, Taal taal) {
        VerzoekTekst tekst = taal.bundel(VerzoekTekst.class);
        Termijnen termijnen = termijnen();
        Termijn termijn = v.termijn();
        Stand stand = termijnen.stand(termijn, v.status.besloten());
        boolean aanvragerKijkt = isAanvrager(kijker, v);
        boolean behandelaar = isBehandelaar(kijker, v);
        boolean je = v.aanvrager.leeftijdOp(termijnen.vandaag()) < 18 && aanvragerKijkt;
        boolean nee = v.status == Status.AFGEWEZEN || v.status == Status.DEELS_TOEGEWEZEN;
        String stukTekst = null;
        if (behandelaar && v.soort == Verzoeksoort.CORRECTIE && !v.status.besloten()) {
            // Staff read the stuk through the inzage rules too: they are logged like any reader.
            stukTekst = inzage.leesbaar(kijker, v.dossier.kind.id, List.of(v.stuk.id), kijker.actor(),
                    Actie.STUK_BEKEKEN).flatMap(l -> l.stukken().stream().findFirst()).map(s -> s.tekst).orElse(null);
        }
        List<StukKeuze> besluitStukken = behandelaar && !v.status.besloten() && Deelbesluit.perStuk(v.soort)
                ? kandidaten(v, kijker.actor()).stream().map(VerzoekService::keuze).toList() : List.of();
        boolean stukVernietigd = v.stuk != null && v.stuk.vernietigdOp != null;
        Splitsing splitsing = behandelaar && v.soort.vanuitWeigering() && !v.status.besloten() && !stukVernietigd
                ? splitsingen.voorstel(kijker, v).orElse(null) : null;
        // A zwartgelakte kopie was asked from a refusal, which names the stuk by date and soort only (rule 9).
        String stukTitel = v.stuk == null ? null : !v.soort.vanuitWeigering() ? v.stuk.titel
                : stukVernietigd ? null : Weergaven.Aanwijzing.tekst(aanwijzing(v.stuk, taal), taal);
        List<Wijziging> wijzigingen = StukWijziging.vanVerzoek(v).stream()
                .map(w -> new Wijziging(w.door.naam(), LocalDate.ofInstant(w.tijdstip, clock.getZone()), w.reden,
                        w.oudeTekst, w.nieuweTekst)).toList();
        return new Detail(v.id, v.soort, tekst.soort(v.soort), v.dossier.kind.naam(), v.dossier.kind.id, je,
                v.aanvrager.naam(), v.namens() ? v.indiener.naam() : null,
                kijker.namens() == null ? "" : "&namens=" + kijker.namens().id, tekst.status(v.status), v.ontvangen,
                termijn.uiterlijk(), termijn.verlengdTot(), v.verlengingReden, tekst.stand(stand), stand == Stand.TE_LAAT,
                stukTitel, v.stuk == null ? null : v.stuk.id, stukTekst, v.alleStukken,
                v.gekozenStukken.stream().filter(s -> s.vernietigdOp == null).map(s -> s.titel).toList(), v.zin,
                v.watFout, v.watMoetHetZijn,
                v.toelichting, v.besluitOp, v.besluitDoor == null ? null : v.besluitDoor.naam(), v.motivatie,
                nee ? Verzoekregels.naAfwijzing(v.soort, new Lezer(je, taal == Taal.EN)) : null,
                nee && v.soort.privacy() ? Termijnen.rechterUiterlijk(v.besluitOp) : null,
                aanvragerKijkt && Kopie.bestaat(v),
                aanvragerKijkt && v.soort == Verzoeksoort.CORRECTIE && nee && !stukVernietigd,
                behandelaar && !v.status.besloten(),
                behandelaar && termijnen.magVerlengen(termijn, "reden", new Lezer(false, taal == Taal.EN)).toegestaan(),
                wijzigingen, besluitStukken, v.deelsReden, Kopie.aantalWeggelaten(v),
                v.soort == Verzoeksoort.VERNIETIGING ? Stuk.count("vernietigdBij", v.id) : 0,
                stukVernietigd ? v.stuk.vernietigdOp : null, splitsing);
    }

    // ---- Deciding -------------------------------------------------------------------------------

    /** Errors by field (empty: done), or empty when this person may not decide on this request. */
    @Transactional
    public Optional<Map<String, String>> besluiten(Kijker kijker, Long id, Besluitinvoer invoer, Taal taal) {
        Optional<Verzoek> gevonden = zoek(id).filter(v -> isBehandelaar(kijker, v) && !v.status.besloten());
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Verzoek v = gevonden.get();
        Audit.Actor actor = kijker.actor();
        Status status = Status.leesBesluit(invoer.besluit());
        VerzoekTekst tekst = taal.bundel(VerzoekTekst.class);
        Lezer medewerker = new Lezer(false, taal == Taal.EN);
        boolean wijzigt = v.soort == Verzoeksoort.CORRECTIE && (status == Status.TOEGEWEZEN || status == Status.DEELS_TOEGEWEZEN);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status == null) {
            fouten.put("besluit", tekst.kiesBesluit());
        } else if (v.soort.vanuitWeigering() && status != Status.AFGEWEZEN) {
            // Granting it is splitting the stuk into delen, on the form for that (Splitsingen).
            fouten.put("besluit", taal.bundel(ZwartlakTekst.class).toewijzenMetDelen());
        }
        zet(fouten, "motivatie", Tekstcontrole.fout(invoer.motivatie(), true, medewerker));
        List<Stuk> kandidaten = Deelbesluit.perStuk(v.soort) ? kandidaten(v, actor) : List.of();
        Set<Long> kandidaatIds = new LinkedHashSet<>(ids(kandidaten));
        Set<Long> gekozen = new LinkedHashSet<>(invoer.stukken());
        fouten.putAll(Deelbesluit.fouten(v.soort, status, kandidaatIds, gekozen, invoer.deelsReden(), taal == Taal.EN));
        Stuk stuk = null;
        String nieuweTekst = invoer.nieuweTekst();
        if (wijzigt) {
            stuk = inzage.leesbaar(kijker, v.dossier.kind.id, List.of(v.stuk.id), actor,
                    Actie.STUK_BEKEKEN).flatMap(l -> l.stukken().stream().findFirst()).orElse(null);
            zet(fouten, "nieuweTekst", Tekstcontrole.fout(nieuweTekst, true, medewerker));
            if (stuk == null) {
                // The jeugdbeschermer on the case reads every stuk: one not found was destroyed after the correctie was filed.
                fouten.put("besluit", tekst.stukWeg());
            } else if (!fouten.containsKey("nieuweTekst") && nieuweTekst.strip().equals(stuk.tekst.strip())) {
                fouten.put("nieuweTekst", tekst.tekstNietVeranderd());
            }
        }
        if (!fouten.isEmpty()) {
            return Optional.of(fouten);
        }
        v.status = status;
        v.besluitOp = termijnen().vandaag();
        v.besluitDoor = kijker.persoon();
        v.motivatie = invoer.motivatie().strip();
        v.deelsReden = status == Status.DEELS_TOEGEWEZEN && Deelbesluit.perStuk(v.soort) ? invoer.deelsReden().strip() : null;
        if (wijzigt) {
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
            audit.schrijf(actor, new Audit.Gebeurtenis(Actie.STUK_GECORRIGEERD, Uitkomst.GEWIJZIGD, v.dossier.id,
                    stuk.id, null, "verzoek " + v.id, stuk.over.stream().map(p -> p.id).toList()));
        }
        Set<Long> toegewezen = Deelbesluit.toegewezen(v.soort, status, kandidaatIds, gekozen);
        List<Stuk> deel = kandidaten.stream().filter(s -> toegewezen.contains(s.id)).toList();
        int weggelaten = 0;
        if (v.soort == Verzoeksoort.KOPIE && status != Status.AFGEWEZEN) {
            List<Stuk> weg = kandidaten.stream().filter(s -> gekozen.contains(s.id)).toList();
            kopiemaker.maak(v, deel, weg, actor);
            weggelaten = weg.size();
        }
        boolean vernietigd = v.soort == Verzoeksoort.VERNIETIGING && status != Status.AFGEWEZEN;
        if (vernietigd) {
            vernietig(deel, v.id, actor);
        }
        audit.schrijf(actor, new Audit.Gebeurtenis(Actie.VERZOEK_BESLOTEN, Uitkomst.GEWIJZIGD, v.dossier.id,
                v.stuk == null ? null : v.stuk.id, status.name(), "verzoek " + v.id, List.of(v.aanvrager.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.VERZOEK_BESLOTEN, v.dossier.kind.id, v.aanvrager.id, "/api/verzoeken/" + v.id);
        int nietInKopie = weggelaten;
        meldingen.verzoekGewijzigd(v, Tweetalig.van(t -> t.bundel(VerzoekTekst.class).onderwerpBesluit()),
                Tweetalig.van(t -> {
                    VerzoekTekst b = t.bundel(VerzoekTekst.class);
                    String gevolg = vernietigd ? " " + (deel.size() == 1 ? b.vernietigdEen() : b.vernietigdMeer(deel.size()))
                            : nietInKopie == 0 ? "" : " " + (nietInKopie == 1 ? b.weggelatenEen() : b.weggelatenMeer(nietInKopie));
                    return b.besloten(klein(b.soort(v.soort), t), klein(b.status(status), t)) + gevolg;
                }));
        return Optional.of(Map.of());
    }

    /**
     * The stukken a decision on a kopie or vernietiging is about, oldest first. For a kopie: what the
     * requester may see today of what they asked, whole or in part, by the inzage rules, read under the
     * jeugdbeschermer's name. For a vernietiging: the stukken asked for that still exist.
     */
    private List<Stuk> kandidaten(Verzoek v, Audit.Actor actor) {
        if (v.soort == Verzoeksoort.KOPIE) {
            return inzage.leesbaar(alsAanvrager(v), v.dossier.kind.id, v.alleStukken ? null : ids(v.gekozenStukken),
                    actor, Actie.STUK_BEKEKEN).map(InzageService.Leesbaar::inKopie).orElse(List.of());
        }
        return v.gekozenStukken.stream().filter(s -> s.vernietigdOp == null).sorted(OUDSTE_EERST).toList();
    }

    /**
     * Carries out a granted vernietiging in the decision's transaction. Besides the stuk itself (see
     * {@link InzageService#vernietig}) its correction history goes, and what correcties quoted from it;
     * every kopie that held it is made again without it, and its requester is told.
     */
    private void vernietig(List<Stuk> stukken, Long verzoekId, Audit.Actor actor) {
        if (stukken.isEmpty()) {
            return;
        }
        StukWijziging.delete("stuk in ?1", stukken);
        Verzoek.update("zin = null, watFout = null, watMoetHetZijn = null where stuk in ?1", stukken);
        List<Kopie> kopieen = Kopie.met(stukken);
        kopiemaker.vergeet(stukken);
        inzage.vernietig(stukken, verzoekId, actor);
        for (Kopie kopie : kopieen) {
            kopiemaker.maakOpnieuw(kopie);
            meldingen.verzoekGewijzigd(kopie.verzoek, Tweetalig.van(t -> t.bundel(VerzoekTekst.class).onderwerpKopieAangepast()),
                    Tweetalig.van(t -> t.bundel(VerzoekTekst.class).kopieAangepast()));
        }
    }

    /** The GI destroyed the stuk in its own system (DELETE through the registratie API): the same as a granted vernietiging. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vernietigDoorBronsysteem(Stuk stuk, Audit.Actor actor) {
        vernietig(List.of(stuk), null, actor);
    }

    @Transactional
    public Optional<Map<String, String>> verlengen(Kijker kijker, Long id, String reden, Taal taal) {
        Optional<Verzoek> gevonden = zoek(id).filter(v -> isBehandelaar(kijker, v) && !v.status.besloten());
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Verzoek v = gevonden.get();
        Lezer medewerker = new Lezer(false, taal == Taal.EN);
        String fout = Tekstcontrole.fout(reden, true, medewerker);
        Toets toets = termijnen().magVerlengen(v.termijn(), reden, medewerker);
        if (fout == null && !toets.toegestaan()) {
            fout = toets.reden();
        }
        if (fout != null) {
            return Optional.of(Map.of("reden", fout));
        }
        v.verlengdOp = termijnen().vandaag();
        v.verlengingReden = reden.strip();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.VERZOEK_VERLENGD, Uitkomst.GEWIJZIGD,
                v.dossier.id, null, null, "verzoek " + v.id, List.of(v.aanvrager.id)));
        LocalDate uiterlijk = v.termijn().geldend();
        meldingen.verzoekGewijzigd(v, Tweetalig.van(t -> t.bundel(VerzoekTekst.class).onderwerpMeerTijd()),
                Tweetalig.van(t -> {
                    VerzoekTekst b = t.bundel(VerzoekTekst.class);
                    return b.meerTijd(klein(b.soort(v.soort), t), t.datum(uiterlijk), v.verlengingReden);
                }));
        return Optional.of(Map.of());
    }

    /** The PDF, for the requester only; every download is logged. */
    @Transactional
    public Optional<byte[]> download(Kijker kijker, Long id) {
        return zoek(id).filter(v -> isAanvrager(kijker, v)).flatMap(v -> Kopie.van(v).map(k -> {
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KOPIE_GEDOWNLOAD, Uitkomst.TOEGESTAAN,
                    v.dossier.id, null, null, "verzoek " + v.id, List.of(v.aanvrager.id)));
            return k.pdf;
        }));
    }

    // ---- Eigen verklaring -----------------------------------------------------------------------

    /**
     * The form for a statement about a stuk this person may see; empty for any other stuk, so nothing is
     * revealed. Staff never write a client's words (DOMAIN §3): only the client, their
     * vertegenwoordiger or a vertrouwenspersoon acting for them gets it, so staff get "not found".
     */
    @Transactional
    public Optional<Verklaringformulier> verklaringformulier(Kijker kijker, Long kindId, Long stukId, Long verzoekId,
            String tekst, String fout) {
        if (stukId == null || (kijker.isMedewerker() && kijker.namens() == null)) {
            return Optional.empty();
        }
        return inzage.leesbaar(kijker, kindId, List.of(stukId), kijker.actor(), Actie.STUK_BEKEKEN)
                .flatMap(l -> l.stukken().stream().findFirst().map(s -> new Verklaringformulier(
                        context(kijker, l.dossier(), aanvrager(kijker, l.dossier())), keuze(s), verzoekId, tekst, fout)));
    }

    /** Saves the statement; returns the form again with the error, or empty when the stuk is not theirs to see. */
    @Transactional
    public Optional<Verklaringformulier> verklaren(Kijker kijker, Long kindId, Long stukId, Long verzoekId, String tekst,
            Taal taal) {
        Optional<Verklaringformulier> formulier = verklaringformulier(kijker, kindId, stukId, verzoekId, tekst, null);
        if (formulier.isEmpty()) {
            return Optional.empty();
        }
        String fout = Tekstcontrole.fout(tekst, true, new Lezer(formulier.get().context().jeVorm(), taal == Taal.EN));
        if (fout != null) {
            return Optional.of(new Verklaringformulier(formulier.get().context(), formulier.get().stuk(), verzoekId, tekst, fout));
        }
        Stuk stuk = Stuk.findById(stukId);
        EigenVerklaring e = new EigenVerklaring();
        e.stuk = stuk;
        e.persoon = aanvrager(kijker);
        e.ingediendDoor = kijker.persoon();
        // Only a correctie of this person about this stuk links up; any other number is ignored, not trusted.
        e.verzoekId = verzoekId == null ? null : zoek(verzoekId)
                .filter(v -> v.stuk != null && v.stuk.id.equals(stukId) && isAanvrager(kijker, v)).map(v -> v.id).orElse(null);
        e.tekst = tekst.strip();
        e.tijdstip = clock.instant();
        e.persist();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.EIGEN_VERKLARING_TOEGEVOEGD,
                Uitkomst.GEWIJZIGD, stuk.dossier.id, stuk.id, null, null, List.of(e.persoon.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.EIGEN_VERKLARING, stuk.dossier.kind.id, e.persoon.id, "/api/dossiers/" + stuk.dossier.kind.id + "/stukken");
        return Optional.of(new Verklaringformulier(formulier.get().context(), formulier.get().stuk(), verzoekId, null, null));
    }

    // ---- Berichten ------------------------------------------------------------------------------

    @Transactional
    public List<Weergaven.Bericht> berichten(Persoon persoon, Taal gewenst) {
        // A vertrouwenspersoon opens the request namens the client, as on every other page.
        // Shown is read: the start page counts only what was not on this page yet.
        return Bericht.voor(persoon).stream().map(b -> {
            Taal taal = b.taal(gewenst);
            boolean nieuw = b.gelezen == null;
            if (nieuw) {
                b.gelezen = clock.instant();
            }
            return new Weergaven.Bericht(nieuw, taal == Taal.EN ? b.onderwerpEn : b.onderwerp,
                    taal == Taal.EN ? b.tekstEn : b.tekst, taal.code(), LocalDate.ofInstant(b.tijdstip, clock.getZone()), b.pad != null ? b.pad : "/verzoeken/" + b.verzoek.id
                        + (b.verzoek.aanvrager.id.equals(persoon.id) ? "" : "?namens=" + b.verzoek.aanvrager.id));
        }).toList();
    }

    // ---- Facts and access -----------------------------------------------------------------------

    static final Comparator<Stuk> OUDSTE_EERST = Comparator.comparing((Stuk s) -> s.datum).thenComparing(s -> s.id);

    private static StukKeuze keuze(Stuk s) {
        return new StukKeuze(s.id, s.datum, s.titel);
    }

    private static List<Long> ids(Collection<Stuk> stukken) {
        return stukken.stream().map(s -> s.id).toList();
    }

    /** The requester as a reader of the dossier: a kopie holds what they may see, whoever made it. */
    static Kijker alsAanvrager(Verzoek v) {
        return new Kijker(v.aanvrager, Set.of(), null);
    }

    static Optional<Verzoek> zoek(Long id) {
        return id == null ? Optional.empty() : Verzoek.<Verzoek>find("select v from Verzoek v join fetch v.dossier d"
                + " join fetch d.kind join fetch d.jeugdbeschermer join fetch v.aanvrager join fetch v.indiener"
                + " left join fetch v.stuk where v.id = ?1", id).firstResultOptional();
    }

    /** Whose right it is: the client when a vertrouwenspersoon acts namens them. */
    private static Persoon aanvrager(Kijker kijker) {
        return kijker.namens() == null ? kijker.persoon() : kijker.namens();
    }

    /** The client themself, or the vertrouwenspersoon working namens that client today. */
    private static boolean isAanvrager(Kijker kijker, Verzoek v) {
        return aanvrager(kijker).id.equals(v.aanvrager.id);
    }

    /** Requests go to the jeugdbeschermer on the case (seed 000 §4). */
    static boolean isBehandelaar(Kijker kijker, Verzoek v) {
        return kijker.namens() == null && kijker.heeft(Rol.JEUGDBESCHERMER)
                && v.dossier.jeugdbeschermer.id.equals(kijker.persoon().id);
    }

    /** The requester, the jeugdbeschermer on the case, and the FG who looks along (seed 000 §4). */
    private static boolean magZien(Kijker kijker, Verzoek v) {
        return isAanvrager(kijker, v) || isBehandelaar(kijker, v) || (kijker.namens() == null && kijker.heeft(Rol.FG));
    }

    /** The facts the request rules judge; the complaint rules judge the same facts. */
    public Aanvrager aanvrager(Kijker kijker, Dossier dossier) {
        LocalDate vandaag = termijnen().vandaag();
        Persoon p = aanvrager(kijker);
        int leeftijdKind = dossier.kind.leeftijdOp(vandaag);
        boolean wilsonbekwaam = Wilsonbekwaamheid.count("persoon = ?1 and vanaf <= ?2 and (tot is null or tot >= ?2)",
                p, vandaag) > 0;
        if (kijker.namens() == null && kijker.isMedewerker()) {
            return new Aanvrager(Band.MEDEWERKER, false, p.leeftijdOp(vandaag), false, leeftijdKind);
        }
        if (p.id.equals(dossier.kind.id)) {
            return new Aanvrager(Band.KIND_ZELF, false, p.leeftijdOp(vandaag), wilsonbekwaam, leeftijdKind);
        }
        return Relatie.vanPersoon(p).stream()
                .filter(r -> r.kind.id.equals(dossier.kind.id) && r.geldigOp(vandaag))
                .findFirst()
                .map(r -> new Aanvrager(switch (r.soort) {
                    case OUDER -> Band.OUDER;
                    case VOOGD -> Band.VOOGD;
                    case VERTEGENWOORDIGER -> Band.VERTEGENWOORDIGER;
                    case PLEEGOUDER -> Band.PLEEGOUDER;
                }, r.gezag, p.leeftijdOp(vandaag), wilsonbekwaam, leeftijdKind))
                .orElse(new Aanvrager(Band.ANDERS, false, p.leeftijdOp(vandaag), wilsonbekwaam, leeftijdKind));
    }

    private static Context context(Kijker kijker, Dossier dossier, Aanvrager aanvrager) {
        Persoon namens = kijker.namens();
        // A vertrouwenspersoon is an adult reading for a client: "u", whoever the client is.
        boolean je = namens == null && aanvrager.jeVorm();
        return new Context(dossier.kind.id, dossier.kind.naam(), je, namens == null ? null : namens.naam(),
                namens == null ? null : namens.id);
    }

    /** A name inside a sentence ("kopie van het dossier"): lower case as the language writes it. */
    static String klein(String naam, Taal taal) {
        return naam.toLowerCase(taal.locale());
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
