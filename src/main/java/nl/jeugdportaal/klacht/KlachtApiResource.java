package nl.jeugdportaal.klacht;

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
 * The complaints as JSON, through the same service and checks as the pages. Read-only: filing and
 * registering go through the forms, which carry a CSRF token. Always in Dutch: programs outside the
 * portal read these values, whatever language the person chose for the pages.
 */
@Path("/api/klachten")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class KlachtApiResource {
    @Inject
    KijkerBron kijkers;
    @Inject
    KlachtService klachten;
    @Inject
    Klachtcijfers cijfers;

    @GET
    public Response lijst() {
        return kijkers.kijker(null).map(k -> Response.ok(klachten.overzicht(k, Taal.NL)).build())
                .orElseGet(KlachtApiResource::nietGevonden);
    }

    @GET
    @Path("cijfers")
    public Response cijfers() {
        return kijkers.kijker(null).filter(Klachttoegang::magLeren).map(k -> Response.ok(cijfers.cijfers(Taal.NL)).build())
                .orElseGet(KlachtApiResource::nietGevonden);
    }

    @GET
    @Path("{id}")
    public Response klacht(@PathParam("id") String id, @QueryParam("namens") String namens) {
        return kijkers.kijker(Idinvoer.getal(namens))
                .flatMap(k -> klachten.bekijk(k, Idinvoer.getal(id), Taal.NL))
                .map(d -> Response.ok(d).build())
                .orElseGet(KlachtApiResource::nietGevonden);
    }

    private static Response nietGevonden() {
        return Response.status(404).entity(Map.of("fout", "Niet gevonden")).build();
    }
}
