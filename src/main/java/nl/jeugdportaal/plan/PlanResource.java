package nl.jeugdportaal.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.rechten.Beschikkingen.Beschikking;
import nl.jeugdportaal.rechten.Beschikkingen;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taalkeuze;

/** The plan of a child in plain language, and the form where the family gives its opinion. */
@Path("/plan/{kindId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(Planweergave plan, String tekst, String fout, List<Beschikking> beschikkingen);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    PlanService plannen;
    @Inject
    Taalkeuze taal;
    @Inject
    Beschikkingen beschikkingen;

    @GET
    public TemplateInstance plan(@PathParam("kindId") String kindId, @QueryParam("namens") String namens) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        Long kind = Idinvoer.ofNietGevonden(kindId);
        return Templates.plan(plannen.weergave(kijker, kind, taal.taal()).orElseThrow(NotFoundException::new),
                "", null, beschikkingen.zichtbaar(kijker, kind));
    }

    /** After a good post the browser goes back to the page (303), so a reload does not post twice. */
    @POST
    @Path("mening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mening(@PathParam("kindId") String kindId, @FormParam("tekst") String tekst) {
        Long kind = Idinvoer.ofNietGevonden(kindId);
        Kijker kijker = kijker();
        PlanService.Antwoord antwoord = plannen.geefMening(kijker, kind, tekst, taal.taal())
                .orElseThrow(NotFoundException::new);
        if (antwoord.fout() == null) {
            return Response.seeOther(URI.create("/plan/" + kind + "#meningen")).build();
        }
        return Response.status(400).entity(Templates.plan(antwoord.weergave(), tekst, antwoord.fout(),
                beschikkingen.zichtbaar(kijker, kind))).build();
    }

    private Kijker kijker() {
        return kijkers.kijker(null).orElseThrow(NotFoundException::new);
    }
}
