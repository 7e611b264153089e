package nl.jeugdportaal.verzoek;

import static nl.jeugdportaal.verzoek.VerzoekService.aanwijzing;
import static nl.jeugdportaal.verzoek.VerzoekService.isAanvrager;
import static nl.jeugdportaal.verzoek.VerzoekService.isBehandelaar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.verzoek.Weergaven.*;
import nl.jeugdportaal.verzoek.regels.*;
import nl.jeugdportaal.web.Taal;

/**
 * Reading requests: the list of one's requests (or, for staff, those on their cases), one request,
 * its kopie and the messages about requests. Every view and every refusal is logged.
 */
@ApplicationScoped
public class Verzoeken {
    @Inject
    Audit audit;
    @Inject
    Clock clock;
    @Inject
    Splitsingen splitsingen;
    @Inject
    VerzoekService verzoeken;

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
        Termijnen termijnen = verzoeken.termijnen();
        VerzoekTekst tekst = taal.bundel(VerzoekTekst.class);
        boolean fg = kijker.namens() == null && kijker.heeft(Rol.FG);
        boolean jb = kijker.namens() == null && kijker.heeft(Rol.JEUGDBESCHERMER);
        List<Verzoek> lijst = fg ? Verzoek.alle()
                : jb ? Verzoek.vanJeugdbeschermer(kijker.persoon())
                : Verzoek.vanAanvragerOfIndiener(kijker.persoon(), kijker.heeft(Rol.VERTROUWENSPERSOON)
                        ? Machtiging.geldigeClienten(kijker.persoon(), termijnen.vandaag()) : List.of());
        List<Regel> rijen = lijst.stream()
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
        Optional<Verzoek> gevonden = VerzoekService.zoek(id).filter(v -> VerzoekService.magZien(kijker, v));
        audit.schrijf(kijker.actor(), gevonden
                .map(v -> VerzoekService.gebeurtenis(v, Actie.VERZOEK_BEKEKEN, Uitkomst.TOEGESTAAN, null, null))
                .orElseGet(() -> Audit.Gebeurtenis.over(Onderwerp.verzoek(id), Actie.VERZOEK_NIET_GEOPEND,
                        Uitkomst.GEWEIGERD, List.of())));
        return gevonden.map(v -> detail(kijker, v, taal));
    }

    private Detail detail(Kijker kijker, Verzoek v, Taal taal) {
        VerzoekTekst tekst = taal.bundel(VerzoekTekst.class);
        Termijnen termijnen = verzoeken.termijnen();
        Termijn termijn = v.termijn();
        Stand stand = termijnen.stand(termijn, v.status.besloten());
        boolean aanvragerKijkt = isAanvrager(kijker, v);
        boolean behandelaar = isBehandelaar(kijker, v);
        boolean je = v.aanvrager.leeftijdOp(termijnen.vandaag()) < 18 && aanvragerKijkt;
        boolean nee = v.status == Status.AFGEWEZEN || v.status == Status.DEELS_TOEGEWEZEN;
        String stukTekst = null;
        if (behandelaar && v.soort == Verzoeksoort.CORRECTIE && !v.status.besloten()) {
            // Staff read the stuk through the inzage rules too: they are logged like any reader.
            stukTekst = verzoeken.leesStuk(kijker, v).map(s -> s.tekst).orElse(null);
        }
        List<StukKeuze> besluitStukken = behandelaar && !v.status.besloten() && Deelbesluit.perStuk(v.soort)
                ? verzoeken.kandidaten(v, kijker.actor()).stream().map(VerzoekService::keuze).toList() : List.of();
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

    /** The PDF, for the requester only; every download is logged. */
    @Transactional
    public Optional<byte[]> download(Kijker kijker, Long id) {
        return VerzoekService.zoek(id).filter(v -> isAanvrager(kijker, v)).flatMap(v -> Kopie.van(v).map(k -> {
            audit.schrijf(kijker.actor(), VerzoekService.gebeurtenis(v, Actie.KOPIE_GEDOWNLOAD, Uitkomst.TOEGESTAAN, null, null));
            return k.pdf;
        }));
    }

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
}
