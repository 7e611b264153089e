package nl.jeugdportaal.plan;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taal;

/**
 * The plan as JSON: the same service, access check and audit as the page. Always in Dutch: programs
 * outside the portal read these values, and the language switch is for people.
 */
@Path("/api/plannen/{kindId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlanApiResource {
    @Inject
    KijkerBron kijkers;
    @Inject
    PlanService plannen;

    @GET
    public Response plan(@PathParam("kindId") String kindId) {
        Long kind = Idinvoer.getal(kindId);
        return kijkers.kijker(null)
                .flatMap(k -> kind == null ? java.util.Optional.<Planweergave>empty() : plannen.weergave(k, kind, Taal.NL))
                .map(p -> Response.ok(p).build())
                .orElseGet(() -> Response.status(404).entity(Map.of("fout", "Niet gevonden")).build());
    }
}
