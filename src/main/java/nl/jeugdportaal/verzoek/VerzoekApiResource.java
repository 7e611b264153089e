package nl.jeugdportaal.verzoek;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taal;

/**
 * The requests as JSON, through the same service and checks as the pages. Read-only: filing and
 * deciding go through the forms, which carry a CSRF token. Always Dutch, whatever language the
 * person chose for the pages: programs that read these values expect them as they were.
 */
@Path("/api/verzoeken")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class VerzoekApiResource {
    @Inject
    KijkerBron kijkers;
    @Inject
    Verzoeken verzoeken;

    @GET
    public Response lijst() {
        return kijkers.kijker(null).map(k -> Response.ok(verzoeken.overzicht(k, Taal.NL)).build()).orElseGet(VerzoekApiResource::nietGevonden);
    }

    @GET
    @Path("{id}")
    public Response verzoek(@PathParam("id") String id, @QueryParam("namens") String namens) {
        Long nummer = Idinvoer.getal(id);
        return kijkers.kijker(Idinvoer.getal(namens))
                .flatMap(k -> verzoeken.bekijk(k, nummer, Taal.NL))
                .map(d -> Response.ok(d).build())
                .orElseGet(VerzoekApiResource::nietGevonden);
    }

    private static Response nietGevonden() {
        return Response.status(404).entity(Map.of("fout", "Niet gevonden")).build();
    }
}
