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
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taalkeuze;

/** What a jeugdbeschermingstafel is, and the one planned for the family, with room for their input. */
@Path("/jbt")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class JbtResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jbt(Jbtweergave jbt, String tekst, String fout);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    JbtService tafels;
    @Inject
    Taalkeuze taal;

    @GET
    public TemplateInstance uitleg() {
        return Templates.jbt(null, "", null);
    }

    @GET
    @Path("{kindId}")
    public TemplateInstance jbt(@PathParam("kindId") String kindId, @QueryParam("namens") String namens) {
        return Templates.jbt(tafels.weergave(kijkers.kijkerOfNietGevonden(namens),
                Idinvoer.ofNietGevonden(kindId), taal.taal()).orElseThrow(NotFoundException::new), "", null);
    }

    @POST
    @Path("{kindId}/inbreng")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inbreng(@PathParam("kindId") String kindId, @FormParam("tekst") String tekst) {
        Long kind = Idinvoer.ofNietGevonden(kindId);
        JbtService.Antwoord antwoord = tafels.geefInbreng(kijkers.kijker(null).orElseThrow(NotFoundException::new), kind,
                tekst, taal.taal()).orElseThrow(NotFoundException::new);
        if (antwoord.fout() == null) {
            return Response.seeOther(URI.create("/jbt/" + kind + "#inbreng")).build();
        }
        return Response.status(400).entity(Templates.jbt(antwoord.weergave(), tekst, antwoord.fout())).build();
    }
}
