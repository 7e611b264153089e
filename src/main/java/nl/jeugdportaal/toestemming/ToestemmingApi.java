package nl.jeugdportaal.toestemming;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The toestemmingen of the logged-in person as JSON: the same lists the toestemming page shows. */
@Path("/api/toestemmingen")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ToestemmingApi {
    @Inject
    Ingelogd ingelogd;
    @Inject
    ToestemmingService service;

    @GET
    public Toestemmingen lijst() {
        return service.toestemmingen(ingelogd.kijker().persoon());
    }
}
