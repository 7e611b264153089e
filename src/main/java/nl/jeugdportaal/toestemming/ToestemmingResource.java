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
import nl.jeugdportaal.registratie.Persoon;

/**
 * The toestemming page: what someone gave, received and what concerns them, the form to give it,
 * and the questions of vertrouwenspersonen. Every form carries a CSRF token (quarkus-rest-csrf
 * refuses a POST without it). After a change the browser is sent back to the page, so a reload
 * does not send the form twice.
 */
@Path("/toestemming")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ToestemmingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance toestemming(Toestemmingpagina pagina);
    }

    @Inject
    Ingelogd ingelogd;
    @Inject
    ToestemmingService service;

    @GET
    public TemplateInstance toestemming(@QueryParam("melding") String melding) {
        return Templates.toestemming(service.pagina(ik(), Toestemmingsformulier.LEEG,
                Toestemmingsformulier.Fouten.GEEN, melding, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response geef(@FormParam("over") String over, @FormParam("aan") String aan, @FormParam("tot") String tot) {
        Toestemmingsformulier invoer = new Toestemmingsformulier(over, aan, tot);
        Toestemmingsformulier.Fouten fouten = service.geef(ik(), ingelogd.actor(), invoer);
        if (fouten.leeg()) {
            return terug("gegeven");
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.toestemming(service.pagina(ik(), invoer, fouten, null, null))).build();
    }

    @POST
    @Path("{id}/intrekken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response trekIn(@PathParam("id") String id) {
        return service.trekIn(ik(), ingelogd.actor(), id).map(this::fout).orElseGet(() -> terug("ingetrokken"));
    }

    @POST
    @Path("vraag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response beantwoord(@FormParam("machtiging") String machtiging, @FormParam("over") String over,
            @FormParam("antwoord") String antwoord) {
        // Saved means the answer was "ja" or "nee": the service refuses anything else.
        return service.beantwoord(ik(), ingelogd.actor(), machtiging, over, antwoord).map(this::fout)
                .orElseGet(() -> terug(antwoord));
    }

    private Persoon ik() {
        return ingelogd.kijker().persoon();
    }

    private Response fout(String melding) {
        return Response.status(Response.Status.CONFLICT).entity(Templates.toestemming(service.pagina(ik(),
                Toestemmingsformulier.LEEG, Toestemmingsformulier.Fouten.GEEN, null, melding))).build();
    }

    private static Response terug(String melding) {
        return Response.seeOther(URI.create("/toestemming?melding=" + melding)).build();
    }
}
