package nl.jeugdportaal.inzagelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.audit.Auditzoeker;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.web.Taal;

/**
 * The FG's search through the whole access log: every row, also the refusals a client's own page
 * leaves out, and systems (clients of the registratie API) as actors. The search itself is logged.
 */
@ApplicationScoped
public class Logzoeken {
    @Inject
    Auditzoeker zoeker;
    @Inject
    InzagelogService inzagelog;
    @Inject
    Audit audit;

    /** The search as typed; {@code persoon} is a BSN or a portal id. */
    public record Zoekvraag(String persoon, String actor, String client, String stuk, Uitkomst uitkomst,
            Tijdvak periode) {
    }

    public record Resultaat(String persoonNaam, List<Regel> regels, String ouder, String nieuwer) {
    }

    /** One row as the FG reads it: the stukken shown and refused with the rule that decided each. */
    public record Regel(String tijdstip, String wie, String rol, String namens, String wat, List<String> betreft,
            List<String> alleenGeweigerd, List<Stukbesluit> gezien, List<Stukbesluit> geweigerd, String uitkomst,
            String toelichting) {
    }

    /** A stuk and the code of the rule that decided (the code of the inzage contract, as policy-check prints it). */
    public record Stukbesluit(String stuk, String regel) {
    }

    public static boolean mag(Kijker kijker) {
        return kijker.namens() == null && kijker.heeft(Rol.FG);
    }

    /** Empty when the viewer is not the FG. */
    @Transactional
    public Optional<Resultaat> zoek(Kijker kijker, Zoekvraag vraag, String voor, String na, Taal taal) {
        if (!mag(kijker)) {
            return Optional.empty();
        }
        Persoon persoon = persoon(vraag.persoon());
        Persoon actor = persoon(vraag.actor());
        boolean onbekend = (vraag.persoon() != null && !vraag.persoon().isBlank() && persoon == null)
                || (vraag.actor() != null && !vraag.actor().isBlank() && actor == null);
        Auditzoeker.Bladzijde bladzijde = onbekend ? new Auditzoeker.Bladzijde(List.of(), null, null)
                : zoeker.zoek(new Auditzoeker.Vraag(persoon == null ? null : persoon.id, true,
                        actor == null ? null : actor.id, leeg(vraag.client()) ? null : vraag.client().strip(),
                        Idinvoer.getal(vraag.stuk()), vraag.uitkomst(),
                        vraag.periode().van(), vraag.periode().tot()), voor, na);
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.AUDITLOG_DOORZOCHT, Uitkomst.TOEGESTAAN,
                null, null, null, beschrijving(vraag), persoon == null ? List.of() : List.of(persoon.id)));
        List<AuditRegel> rijen = bladzijde.regels();
        Map<Long, Persoon> namen = inzagelog.personen(rijen);
        Set<Long> ids = rijen.stream().flatMap(a -> Stream.concat(a.betreft.stream(), a.betreftGeweigerd.stream()))
                .collect(Collectors.toSet());
        Map<Long, Persoon> betrokkenen = ids.isEmpty() ? Map.of() : Persoon.<Persoon>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        Map<Long, Stuk> stukken = inzagelog.stukken(rijen, null);
        InzagelogTekst tekst = taal.bundel(InzagelogTekst.class);
        DossierTekst soorten = taal.bundel(DossierTekst.class);
        List<Regel> regels = rijen.stream().map(a -> new Regel(
                InzagelogService.tijdstip(a, taal, tekst),
                InzagelogService.wie(a, a.actorId == null ? null : namen.get(a.actorId), tekst),
                InzagelogService.rol(a.actorRol, tekst),
                a.namensId == null || namen.get(a.namensId) == null ? null : namen.get(a.namensId).naam(),
                tekst.actie(a.actie),
                namen(a.betreft, betrokkenen), namen(a.betreftGeweigerd, betrokkenen),
                stukken(a.stukken, a.stukRegels, stukken, taal, tekst, soorten),
                stukken(a.geweigerd, a.geweigerdRegels, stukken, taal, tekst, soorten),
                tekst.uitkomst(a.uitkomst), a.toelichting)).toList();
        return Optional.of(new Resultaat(persoon == null ? null : persoon.naam(), regels, bladzijde.ouder(),
                bladzijde.nieuwer()));
    }

    private static List<String> namen(List<Long> ids, Map<Long, Persoon> personen) {
        return ids.stream().map(id -> personen.containsKey(id) ? personen.get(id).naam() + " (" + id + ")" : "#" + id)
                .toList();
    }

    /** Each stuk by its id, what it is and the rule that decided. */
    private static List<Stukbesluit> stukken(List<Long> ids, List<String> regels, Map<Long, Stuk> stukken, Taal taal,
            InzagelogTekst tekst, DossierTekst soorten) {
        return IntStream.range(0, ids.size()).mapToObj(i -> {
            Stuk s = stukken.get(ids.get(i));
            String regel = i < regels.size() && regels.get(i) != null ? regels.get(i) : null;
            return new Stukbesluit(tekst.stukMetId(ids.get(i), s == null ? tekst.onbekend()
                    : InzagelogService.stuk(s, taal, tekst, soorten)), regel);
        }).toList();
    }

    /** A BSN (nine digits) or a portal id; null when nothing was typed or nobody matches. */
    private static Persoon persoon(String tekst) {
        if (leeg(tekst)) {
            return null;
        }
        String t = tekst.strip();
        Optional<Persoon> opBsn = t.matches("[0-9]{9}") ? Persoon.metBsn(t) : Optional.empty();
        Long id = Idinvoer.getal(t);
        return opBsn.orElseGet(() -> id == null ? null : Persoon.findById(id));
    }

    private static String beschrijving(Zoekvraag v) {
        return Stream.of(v.persoon(), v.actor(), v.client(), v.stuk(), v.uitkomst() == null ? null : v.uitkomst().name(),
                        v.periode().van() == null ? null : v.periode().van().toString(),
                        v.periode().tot() == null ? null : v.periode().tot().toString())
                .map(w -> leeg(w) ? "-" : w.strip()).collect(Collectors.joining(" ", "zoekvraag ", ""));
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
