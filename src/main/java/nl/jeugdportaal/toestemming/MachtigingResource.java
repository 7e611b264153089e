package nl.jeugdportaal.toestemming;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The machtiging page: give a vertrouwenspersoon a machtiging, see what it still needs, withdraw it. */
@Path("/machtiging")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MachtigingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance machtiging(Machtigingpagina pagina);
    }

    @Inject
    Ingelogd ingelogd;
    @Inject
    MachtigingService service;

    @GET
    public TemplateInstance machtiging(@QueryParam("melding") String melding) {
        return Templates.machtiging(service.pagina(ingelogd.kijker(), Machtigingsformulier.LEEG,
                Machtigingsformulier.Fouten.GEEN, melding, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response geef(@FormParam("vertrouwenspersoon") String vertrouwenspersoon, @FormParam("tot") String tot) {
        Machtigingsformulier invoer = new Machtigingsformulier(vertrouwenspersoon, tot);
        Machtigingsformulier.Fouten fouten = service.geef(ingelogd.kijker(), ingelogd.actor(), invoer);
        if (fouten.leeg()) {
            return terug("gegeven");
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.machtiging(service.pagina(ingelogd.kijker(), invoer, fouten, null, null))).build();
    }

    @POST
    @Path("{id}/intrekken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response trekIn(@PathParam("id") String id) {
        return service.trekIn(ingelogd.kijker(), ingelogd.actor(), id)
                .map(melding -> Response.status(Response.Status.CONFLICT).entity(Templates.machtiging(service.pagina(
                        ingelogd.kijker(), Machtigingsformulier.LEEG, Machtigingsformulier.Fouten.GEEN, null, melding)))
                        .build())
                .orElseGet(() -> terug("ingetrokken"));
    }

    private static Response terug(String melding) {
        return Response.seeOther(URI.create("/machtiging?melding=" + melding)).build();
    }
}
