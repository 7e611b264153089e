package nl.jeugdportaal.verzoek;

import static nl.jeugdportaal.verzoek.VerzoekService.aanvrager;
import static nl.jeugdportaal.verzoek.VerzoekService.aanwijzing;
import static nl.jeugdportaal.verzoek.VerzoekService.context;
import static nl.jeugdportaal.verzoek.VerzoekService.isAanvrager;
import static nl.jeugdportaal.verzoek.VerzoekService.keuze;
import static nl.jeugdportaal.verzoek.VerzoekService.klein;
import static nl.jeugdportaal.verzoek.VerzoekService.zet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.EigenVerklaring;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.verzoek.Weergaven.*;
import nl.jeugdportaal.verzoek.regels.*;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Indienlimiet;
import nl.jeugdportaal.web.Taal;

/**
 * Filing a request and an eigen verklaring. Who may file what comes from {@link Verzoekregels};
 * which stukken a person may see, and so which a kopie holds or a correctie can be about, only from
 * {@link InzageService}. Every filing and refusal is logged.
 */
@ApplicationScoped
public class Verzoekindiening {
    @Inject
    InzageService inzage;
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Clock clock;
    @Inject
    Indienlimiet limiet;
    @Inject
    VerzoekService verzoeken;

    private final Verzoekregels regels = new Verzoekregels();

    /** The four kinds of request with the rule's answer for this person, or empty when the dossier is not theirs. */
    @Transactional
    public Optional<Keuzes> keuzes(Kijker kijker, Long kindId, Taal taal) {
        return inzage.leesbaar(kijker, kindId, List.of(), kijker.actor(), Actie.STUK_BEKEKEN).map(l -> {
            Aanvrager aanvrager = verzoeken.aanvrager(kijker, l.dossier());
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
        Aanvrager aanvrager = verzoeken.aanvrager(kijker, leesbaar.dossier());
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
        if (!formulier.toets().toegestaan()) {
            audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.VERZOEK_GEWEIGERD, Uitkomst.GEWEIGERD,
                    dossier.id, null, soort.name(), formulier.toets().reden(), List.of(aanvrager(kijker).id)));
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
        Verzoek v = bewaar(kijker, dossier, soort, invoer, zichtbaar, zwart);
        audit.schrijf(kijker.actor(), VerzoekService.gebeurtenis(v, Actie.VERZOEK_INGEDIEND, Uitkomst.TOEGESTAAN,
                v.stuk == null ? null : v.stuk.id, soort.name()));
        gebeurtenissen.meld(Gebeurtenissen.Soort.VERZOEK_INGEDIEND, dossier.kind.id, v.aanvrager.id, "/api/verzoeken/" + v.id);
        verzoeken.meld(v, VerzoekTekst::onderwerpOntvangen, (tekst, t) -> {
            String wat = klein(tekst.soort(soort), t);
            return je ? tekst.ontvangenJe(wat, t.datum(v.uiterlijk)) : tekst.ontvangenU(wat, t.datum(v.uiterlijk));
        });
        return Optional.of(new Indiening(v.id, formulier));
    }

    /** The new request with its term, holding of the form only what its kind asks for. */
    private Verzoek bewaar(Kijker kijker, Dossier dossier, Verzoeksoort soort, Invoer invoer, Map<String, Stuk> zichtbaar,
            Optional<Stuk> zwart) {
        Verzoek v = new Verzoek();
        v.soort = soort;
        v.dossier = dossier;
        v.aanvrager = aanvrager(kijker);
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
        v.toelichting = Tekstcontrole.opgeschoond(invoer.toelichting());
        Termijn termijn = verzoeken.termijnen().nieuw(soort);
        v.status = Status.INGEDIEND;
        v.ingediendOp = clock.instant();
        v.ontvangen = termijn.ontvangen();
        v.uiterlijk = termijn.uiterlijk();
        v.persist();
        return v;
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
                        context(kijker, l.dossier(), verzoeken.aanvrager(kijker, l.dossier())), keuze(s), verzoekId, tekst, fout)));
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
        e.verzoekId = verzoekId == null ? null : VerzoekService.zoek(verzoekId)
                .filter(v -> v.stuk != null && v.stuk.id.equals(stukId) && isAanvrager(kijker, v)).map(v -> v.id).orElse(null);
        e.tekst = tekst.strip();
        e.tijdstip = clock.instant();
        e.persist();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.EIGEN_VERKLARING_TOEGEVOEGD,
                Uitkomst.GEWIJZIGD, stuk.dossier.id, stuk.id, null, null, List.of(e.persoon.id)));
        gebeurtenissen.meld(Gebeurtenissen.Soort.EIGEN_VERKLARING, stuk.dossier.kind.id, e.persoon.id, "/api/dossiers/" + stuk.dossier.kind.id + "/stukken");
        return Optional.of(new Verklaringformulier(formulier.get().context(), formulier.get().stuk(), verzoekId, null, null));
    }
}
