package nl.jeugdportaal.inzage;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.web.Taalkeuze;

/** The dossier page: what the viewer may read, and a line for every stuk they may not. */
@Path("/dossier/{kindId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DossierResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dossier(Dossierweergave dossier, List<StukSoort> soorten, String van,
                String tot, String soort, String filterFout);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    InzageService inzage;
    @Inject
    DossierweergaveService weergaven;
    @Inject
    Taalkeuze taalkeuze;

    /**
     * One transaction for the viewer and the page: one connection and one commit per view. A refusal
     * logged on the way must outlive the 404 (DOMAIN §2 rule 8).
     */
    @GET
    @Transactional(dontRollbackOn = NotFoundException.class)
    public TemplateInstance dossier(@PathParam("kindId") String kindId, @QueryParam("soort") String soort,
            @QueryParam("van") String van, @QueryParam("tot") String tot, @QueryParam("pagina") String pagina,
            @QueryParam("namens") String namens) {
        Filterinvoer invoer = Filterinvoer.lees(soort, van, tot, taalkeuze.taal());
        Long kind = Idinvoer.getal(kindId);
        Kijker kijker = kijkers.kijkerVoorDossier(Idinvoer.getal(namens), kind).orElseThrow(NotFoundException::new);
        if (kind == null) {
            throw new NotFoundException();
        }
        Long paginanummer = Idinvoer.getal(pagina);
        Dossierweergave weergave = weergaven.dossier(kijker, kind, invoer.filter(), paginanummer == null ? 1 : paginanummer.intValue(),
                taalkeuze.taal()).orElseThrow(NotFoundException::new);
        return Templates.dossier(weergave, List.of(StukSoort.values()), van, tot, soort, invoer.fout());
    }

    /** The stuk's original PDF, to exactly those who may read the stuk; anyone else gets the same 404 as for no stuk. */
    @GET
    @Path("stukken/{stukId}/origineel")
    @Produces("application/pdf")
    public Response origineel(@PathParam("kindId") String kindId, @PathParam("stukId") String stukId,
            @QueryParam("namens") String namens) {
        Long kind = Idinvoer.getal(kindId);
        Long stuk = Idinvoer.getal(stukId);
        Kijker kijker = kijkers.kijkerVoorDossier(Idinvoer.getal(namens), kind).orElseThrow(NotFoundException::new);
        if (kind == null || stuk == null) {
            throw new NotFoundException();
        }
        byte[] pdf = inzage.origineel(kijker, kind, stuk).orElseThrow(NotFoundException::new);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"stuk-" + stuk + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
