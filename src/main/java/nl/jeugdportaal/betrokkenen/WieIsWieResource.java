package nl.jeugdportaal.betrokkenen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.plan.Gezinstoegang;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Taalkeuze;

/** Who is who around a family: people and organisations, with role, contact and when to reach them. */
@Path("/wie-is-wie/{kindId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WieIsWieResource {
    /**
     * One person or organisation. {@code vastgelegd}: role and hours are the GI's records, kept in
     * Dutch; the jeugdbeschermer's row is the portal's own text, in the page's language.
     */
    public record Regel(String naam, String rol, String organisatie, String telefoon, String email, String bereikbaar,
            boolean vastgelegd) {
    }

    public record Weergave(Long kindId, String kindNaam, boolean jeVorm, String wissel, List<Regel> regels) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wieIsWie(Weergave wie);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    Gezinstoegang toegang;
    @Inject
    Taalkeuze taal;

    /** The refusal written by {@link Gezinstoegang#voor} must outlive the 404 (DOMAIN §2 rule 8). */
    @GET
    @Transactional(dontRollbackOn = NotFoundException.class)
    public TemplateInstance wieIsWie(@PathParam("kindId") String kindId) {
        Long kind = Idinvoer.getal(kindId);
        if (kind == null) {
            throw new NotFoundException();
        }
        Gezinstoegang.Toegang t = toegang.voor(kijkers.kijker(null).orElseThrow(NotFoundException::new), kind, "wie is wie",
                Actie.WIE_IS_WIE_BEKEKEN)
                .orElseThrow(NotFoundException::new);
        Dossier dossier = t.dossier();
        Persoon jb = dossier.jeugdbeschermer;
        WieIsWieTekst tekst = tekst(taal.taal());
        List<Regel> regels = new ArrayList<>();
        // Office hours of the GI (DOMAIN.md §7); outside them the crisis numbers in the layout apply.
        regels.add(new Regel(jb.naam(), tekst.rolJeugdbeschermer(dossier.kind.voornaam), jb.organisatie, jb.telefoon,
                jb.email, tekst.kantoortijd(), false));
        Betrokkene.van(dossier).forEach(b -> regels.add(new Regel(b.naam, b.rol, b.organisatie, b.telefoon, b.email,
                b.bereikbaar, true)));
        String wissel = JeugdbeschermerWissel.laatste(dossier, t.vandaag()).map(w -> aankondiging(w, taal.taal()))
                .orElse(null);
        return Templates.wieIsWie(new Weergave(dossier.kind.id, dossier.kind.naam(), t.jeVorm(), wissel, regels));
    }

    /** The same sentence on the start page and here, so the family reads one message. */
    public static String aankondiging(JeugdbeschermerWissel w, Taal taal) {
        return tekst(taal).wissel(taal.datum(w.per), w.nieuwe.naam(), w.vorige.naam());
    }

    private static WieIsWieTekst tekst(Taal taal) {
        return taal.bundel(WieIsWieTekst.class);
    }
}
