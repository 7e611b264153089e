package nl.jeugdportaal.inzage;

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
import java.util.Optional;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taal;

/**
 * The dossier as JSON: the same service, rules and audit as the page, so no way around them. Always
 * in Dutch, whatever language the person chose for the pages: programs outside the portal read it.
 */
@Path("/api/dossiers/{kindId}/stukken")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DossierApiResource {
    @Inject
    KijkerBron kijkers;
    @Inject
    DossierweergaveService weergaven;

    @GET
    public Response stukken(@PathParam("kindId") String kindId, @QueryParam("soort") String soort,
            @QueryParam("van") String van, @QueryParam("tot") String tot, @QueryParam("pagina") String pagina,
            @QueryParam("namens") String namens) {
        Filterinvoer invoer = Filterinvoer.lees(soort, van, tot, Taal.NL);
        if (invoer.fout() != null) {
            return Response.status(400).entity(Map.of("fout", invoer.fout())).build();
        }
        Long kind = Idinvoer.getal(kindId);
        Long paginanummer = Idinvoer.getal(pagina);
        return kijkers.kijkerVoorDossier(Idinvoer.getal(namens), kind)
                .flatMap(k -> kind == null ? Optional.<Dossierweergave>empty()
                        : weergaven.dossier(k, kind, invoer.filter(), paginanummer == null ? 1 : paginanummer.intValue(),
                                Taal.NL))
                .map(d -> Response.ok(d).build())
                .orElseGet(() -> Response.status(404).entity(Map.of("fout", "Niet gevonden")).build());
    }
}
