package nl.jeugdportaal.taken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.klacht.KlachtService;
import nl.jeugdportaal.plan.Gezinstoegang;
import nl.jeugdportaal.plan.Plan;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.taken.regels.Urgentie;
import nl.jeugdportaal.toestemming.ToestemmingService;
import nl.jeugdportaal.verzoek.Bericht;
import nl.jeugdportaal.verzoek.Verzoeken;
import nl.jeugdportaal.web.Taal;

/**
 * What waits for one person, gathered from the features that own each thing (their own rules decide
 * what is late), in one list by urgency. A client sees what they can do now; a staff member sees the
 * worklist of every open request and complaint on their cases.
 */
@ApplicationScoped
public class TakenService {
    @Inject
    Verzoeken verzoeken;
    @Inject
    KlachtService klachten;
    @Inject
    ToestemmingService toestemmingen;
    @Inject
    Gezinstoegang gezinstoegang;

    @Transactional
    public List<Taak> werklijst(Kijker kijker, Werklijstfilter filter, Taal taal) {
        TakenTekst t = taal.bundel(TakenTekst.class);
        List<Taak> taken = new ArrayList<>();
        verzoeken.openOverzicht(kijker, taal).regels().forEach(r -> taken.add(new Taak(Taak.Soort.VERZOEK,
                t.verzoekVan(r.soort(), r.aanvrager()), r.kindNaam(), r.uiterlijk(),
                Urgentie.van(r.uiterlijk(), r.teLaat(), r.bijna()), r.link())));
        klachten.overzicht(kijker, taal).klachten().forEach(r -> taken.add(new Taak(Taak.Soort.KLACHT,
                t.klachtVan(r.klager(), r.volgende()), r.kindNaam(), r.uiterlijk(),
                Urgentie.van(r.uiterlijk(), r.teLaat(), false), r.link())));
        return taken.stream().filter(filter::laat).sorted(Urgentie.volgorde(Taak::urgentie, Taak::uiterlijk)).toList();
    }

    /** For a parent, jeugdige, voogd or vertrouwenspersoon: what they can do now, most urgent first. */
    @Transactional
    public List<Taak> voorClient(Kijker kijker, LocalDate vandaag, Taal taal) {
        TakenTekst t = taal.bundel(TakenTekst.class);
        Persoon ik = kijker.persoon();
        boolean je = ik.leeftijdOp(vandaag) < 18;
        List<Taak> taken = new ArrayList<>();
        int ongelezen = (int) Bericht.ongelezen(ik);
        if (ongelezen > 0) {
            taken.add(new Taak(Taak.Soort.BERICHT, je ? t.berichtenJe(ongelezen) : t.berichtenU(ongelezen), null, null,
                    Urgentie.GEEN_TERMIJN, "/berichten"));
        }
        toestemmingen.openVragen(ik).forEach(v -> taken.add(new Taak(Taak.Soort.TOESTEMMINGSVRAAG, v.tekst(), null, null,
                Urgentie.GEEN_TERMIJN, "/toestemming#vragen-kop")));
        klachten.verslagenTeLezen(kijker).forEach(k -> taken.add(new Taak(Taak.Soort.VERSLAG,
                je ? t.verslagJe() : t.verslagU(), k.getValue(), null, Urgentie.GEEN_TERMIJN, k.getKey())));
        for (Dossier d : Dossier.vanBetrokkene(ik, vandaag)) {
            if (!gezinstoegang.magZien(ik, d, false)) {
                continue;
            }
            for (Maatregel m : d.lopendeMaatregelen(vandaag)) {
                if (Urgentie.looptAf(m.einddatum, vandaag)) {
                    String maatregel = taal.bundel(DossierTekst.class).maatregel(m.soort);
                    taken.add(new Taak(Taak.Soort.TERMIJN, t.termijn(maatregel, d.kind.voornaam, taal.datum(m.einddatum)),
                            d.kind.naam(), m.einddatum, Urgentie.BIJNA_TE_LAAT, "/plan/" + d.kind.id));
                }
            }
            Plan.vanDossier(d).map(p -> p.volgendeEvaluatie).filter(e -> !e.isBefore(vandaag)).ifPresent(e -> taken.add(
                    new Taak(Taak.Soort.EVALUATIE, t.evaluatie(d.kind.voornaam, taal.datum(e)), d.kind.naam(), e,
                            Urgentie.OP_TIJD, "/plan/" + d.kind.id)));
        }
        return taken.stream().sorted(Urgentie.volgorde(Taak::urgentie, Taak::uiterlijk)).toList();
    }
}
