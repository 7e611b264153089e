package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.klacht.Klachtweergaven.Formulier;
import nl.jeugdportaal.klacht.Klachtweergaven.Keuze;
import nl.jeugdportaal.klacht.formulier.Indienformulier;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.rechten.Beschikkingen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.verzoek.VerzoekService;
import nl.jeugdportaal.verzoek.regels.Aanvrager;
import nl.jeugdportaal.verzoek.regels.Band;
import nl.jeugdportaal.web.Indienlimiet;
import nl.jeugdportaal.web.Taal;

/**
 * Filing a complaint. Who may file comes from {@link Klachtregels}; the dossier is opened through the
 * inzage rules, so a forged child or client id gets nothing. A refusal and a filed complaint are logged.
 */
@ApplicationScoped
public class Klachtindiening {
    @Inject
    InzageService inzage;
    @Inject
    VerzoekService verzoeken;
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Clock clock;
    @Inject
    Indienlimiet limiet;
    @Inject
    Beschikkingen beschikkingen;
    @Inject
    Klachttoegang toegang;
    @Inject
    Formulierfouten formulierfouten;

    @Transactional
    public Optional<Formulier> formulier(Kijker kijker, Long kindId, Indienformulier invoer, Taal taal) {
        return dossier(kijker, kindId).map(d -> formulier(kijker, d, invoer, Map.of(), taal));
    }

    private Optional<Dossier> dossier(Kijker kijker, Long kindId) {
        return inzage.leesbaar(kijker, kindId, List.of(), kijker.actor(), Actie.STUK_BEKEKEN)
                .map(InzageService.Leesbaar::dossier);
    }

    private Formulier formulier(Kijker kijker, Dossier dossier, Indienformulier invoer, Map<String, String> fouten, Taal taal) {
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
    public Optional<Indiening> indienen(Kijker kijker, Long kindId, Indienformulier invoer, Taal taal) {
        Optional<Dossier> gevonden = dossier(kijker, kindId);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        Dossier dossier = gevonden.get();
        Formulier formulier = formulier(kijker, dossier, invoer, Map.of(), taal);
        Persoon klager = Klachttoegang.klager(kijker);
        if (!formulier.recht().toegestaan()) {
            // The log is read by the GI, in Dutch.
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.KLACHT_GEWEIGERD, Uitkomst.GEWEIGERD,
                    dossier.id, null, null, reden(formulier.recht(), formulier.jeVorm(), Taal.NL.bundel(KlachtTekst.class),
                            Taal.NL.bundel(KlachtrouteTekst.class)),
                    List.of(klager.id)));
            return Optional.of(new Indiening(null, formulier));
        }
        Map<String, String> fouten = formulierfouten.van(invoer, formulier.jeVorm(), taal);
        Klagersoort klagersoort = klagersoort(verzoeken.aanvrager(kijker, dossier).band(), invoer.klager());
        if (klagersoort == null) {
            fouten.put("klager", taal.bundel(KlachtTekst.class).kiesKlager());
        }
        if (!fouten.isEmpty()) {
            return Optional.of(new Indiening(null, formulier(kijker, dossier, invoer, fouten, taal)));
        }
        LocalDate vandaag = toegang.termijnen().vandaag();
        limiet.telMee(kijker.persoon());
        Klacht k = nieuw(kijker, dossier, klager, invoer, klagersoort, vandaag);
        k.persist();
        toegang.schrijf(kijker, k, Actie.KLACHT_INGEDIEND, Uitkomst.TOEGESTAAN, k.route.name());
        gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_INGEDIEND, dossier.kind.id, klager.id, "/api/klachten/" + k.id);
        Route route = k.route;
        toegang.meld(k, KlachtTekst::onderwerpOntvangen, (tekst, in, jeVorm) -> tekst.ontvangen(tekst.route(route)));
        return Optional.of(new Indiening(k.id, formulier));
    }

    private Klacht nieuw(Kijker kijker, Dossier dossier, Persoon klager, Indienformulier invoer, Klagersoort klagersoort,
            LocalDate vandaag) {
        Klacht k = new Klacht();
        k.dossier = dossier;
        k.klager = klager;
        k.indiener = kijker.persoon();
        k.klagerSoort = klagersoort;
        k.maatregel = maatregelsoort(dossier, vandaag);
        k.aard = invoer.gekozenAard();
        k.ondersteuning = invoer.gekozenOndersteuning();
        k.tekst = invoer.tekst().strip();
        k.route = invoer.gekozenRoute();
        k.ingediendOp = clock.instant();
        k.ingediend = vandaag;
        k.andereJeugdbeschermer = invoer.andereJeugdbeschermerGevraagd();
        k.routeSinds = vandaag;
        List<String> onderdelen = Klachtregels.onderdelen(invoer.onderdelen());
        for (int i = 0; i < onderdelen.size(); i++) {
            Klachtonderdeel o = new Klachtonderdeel();
            o.klacht = k;
            o.volgnummer = i + 1;
            o.tekst = onderdelen.get(i);
            k.onderdelen.add(o);
        }
        return k;
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
}
