package nl.jeugdportaal.verzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.inzage.Dossierweergave.Deel;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.web.Datums;

/**
 * Makes the PDF of a granted kopie from what the inzage rules let the requester see (DOMAIN §3):
 * the stukken they may read whole, and those of which they may see only some delen with exactly
 * those delen and a withheld line, with its reason, for every other deel (§2 rule 10).
 */
@ApplicationScoped
class Kopiemaker {
    @Inject
    InzageService inzage;
    @Inject
    Clock clock;

    /**
     * The kopie of the stukken granted, judged for the aanvrager today: a vertrouwenspersoon who
     * filed it gets the client's kopie. The one rules call also writes the log of what was given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void maak(Verzoek v, List<Stuk> toegewezen, List<Stuk> weggelaten, Audit.Actor actor) {
        Kopie kopie = new Kopie();
        kopie.verzoek = v;
        Map<Long, List<Deel>> delen = new LinkedHashMap<>();
        inzage.leesbaar(VerzoekService.alsAanvrager(v), v.dossier.kind.id, toegewezen.stream().map(s -> s.id).toList(),
                actor, Actie.KOPIE_GEMAAKT).ifPresent(l -> {
                    kopie.stukken.addAll(l.inKopie());
                    l.deels().forEach(d -> delen.put(d.stuk().id, d.delen()));
                });
        kopie.weggelaten.addAll(weggelaten);
        kopie.gemaaktOp = clock.instant();
        kopie.pdf = pdf(kopie, delen);
        kopie.persist();
        for (Stuk stuk : kopie.stukken) {
            List<Deel> vanStuk = delen.getOrDefault(stuk.id, List.of());
            for (int i = 0; i < vanStuk.size(); i++) {
                KopieDeel k = new KopieDeel();
                k.kopie = kopie;
                k.stuk = stuk;
                k.volgorde = i;
                k.tekst = vanStuk.get(i).zichtbaar() ? String.join("\n\n", vanStuk.get(i).alineas()) : null;
                k.reden = vanStuk.get(i).zichtbaar() ? null : vanStuk.get(i).reden();
                k.persist();
            }
        }
    }

    /**
     * The kopie made again without the stukken a later vernietiging destroyed, so no copy of their
     * content stays behind in the database. Call {@link #vergeet} for those stukken first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void maakOpnieuw(Kopie kopie) {
        Map<Long, List<Deel>> delen = KopieDeel.van(kopie).stream().collect(Collectors.groupingBy(d -> d.stuk.id,
                LinkedHashMap::new, Collectors.mapping(d -> d.tekst == null ? new Deel(false, List.of(), d.reden)
                        : new Deel(true, List.of(d.tekst.split("\n\n")), null), Collectors.toList())));
        kopie.pdf = pdf(kopie, delen);
    }

    /** What kopieen kept of the delen of these stukken, deleted with the stukken themselves. */
    @Transactional(Transactional.TxType.MANDATORY)
    void vergeet(Collection<Stuk> stukken) {
        KopieDeel.delete("stuk in ?1", stukken);
    }

    /** {@code delen}: per stuk held in part, its delen as given; a stuk not in it is held whole. */
    private byte[] pdf(Kopie kopie, Map<Long, List<Deel>> delen) {
        Verzoek v = kopie.verzoek;
        List<Stuk> stukken = kopie.stukken.stream().filter(s -> s.vernietigdOp == null)
                .sorted(VerzoekService.OUDSTE_EERST).toList();
        List<LocalDate> laterVernietigd = kopie.stukken.stream().map(s -> s.vernietigdOp).filter(Objects::nonNull)
                .sorted().toList();
        List<String> voorblad = new ArrayList<>();
        voorblad.add("Voor: " + v.aanvrager.naam() + (v.namens() ? " (aangevraagd door " + v.indiener.naam() + ", vertrouwenspersoon)" : ""));
        voorblad.add("Verzoek ontvangen op: " + Datums.lang(v.ontvangen));
        voorblad.add("Kopie gemaakt op: " + Datums.lang(v.besluitOp) + ", door " + v.besluitDoor.naam());
        voorblad.add("Wat erin staat: " + (v.alleStukken ? "alle stukken" : "de gekozen stukken")
                + " uit het dossier die " + v.aanvrager.voornaam + " op die dag mocht zien. Stukken die "
                + v.aanvrager.voornaam + " niet mag zien, staan er niet in.");
        long deels = stukken.stream().filter(s -> delen.containsKey(s.id)).count();
        if (deels > 0) {
            voorblad.add("Deels: van " + (deels == 1 ? "1 stuk" : deels + " stukken") + " mag " + v.aanvrager.voornaam
                    + " alleen een deel zien. Daarin staan alleen die delen. Bij elk deel dat is weggelaten, staat waarom.");
        }
        int weggelaten = kopie.weggelaten.size();
        if (weggelaten > 0) {
            voorblad.add("Weggelaten: " + (weggelaten == 1 ? "1 stuk. De jeugdbeschermer heeft besloten dat dit stuk"
                    : weggelaten + " stukken. De jeugdbeschermer heeft besloten dat deze stukken")
                    + " niet in de kopie " + (weggelaten == 1 ? "komt" : "komen") + ". De reden: " + v.deelsReden);
        }
        if (!laterVernietigd.isEmpty()) {
            int n = laterVernietigd.size();
            voorblad.add("Later vernietigd: " + (n == 1 ? "1 stuk uit deze kopie is" : n + " stukken uit deze kopie zijn")
                    + " op verzoek vernietigd. Daarom is de kopie aangepast op "
                    + Datums.lang(laterVernietigd.get(n - 1)) + ". Wat erin stond, staat niet meer in de kopie.");
        }
        // Eigen verklaringen and the original document go with the whole stuk only, as on the dossier page.
        List<Stuk> geheel = stukken.stream().filter(s -> !delen.containsKey(s.id)).toList();
        byte[] kopieZelf = KopieDocument.maak(new KopieDocument.Voorblad("Kopie uit het dossier van " + v.dossier.kind.naam(),
                voorblad), stukken, delen, inzage.eigenVerklaringen(geheel));
        return Originelen.achteraan(kopieZelf, geheel);
    }
}
