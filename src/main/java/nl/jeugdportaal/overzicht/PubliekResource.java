package nl.jeugdportaal.overzicht;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.identiteit.Keycloakcontrole;
import nl.jeugdportaal.web.Referentie;
import org.jboss.logging.Logger;

/** Pages anyone may open: the welcome page and the pages around logging in and out. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PubliekResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance welkom();

        static native TemplateInstance uitgelogd();

        static native TemplateInstance sessieVerlopen();

        static native TemplateInstance inloggenMislukt();

        static native TemplateInstance toegankelijkheid();

        static native TemplateInstance inloggenLuktNiet(String referentie);

        static native TemplateInstance uitgelogdBijStoring();
    }

    private static final Logger LOG = Logger.getLogger(PubliekResource.class);

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Keycloakcontrole keycloak;

    @GET
    public Response welkom() {
        if (gebruiker.isIngelogd()) {
            return Response.seeOther(URI.create("/start")).build();
        }
        return Response.ok(Templates.welkom()).build();
    }

    @GET
    @Path("uitgelogd")
    public TemplateInstance uitgelogd() {
        return Templates.uitgelogd();
    }

    @GET
    @Path("sessie-verlopen")
    public TemplateInstance sessieVerlopen() {
        return Templates.sessieVerlopen();
    }

    /** Keycloak sends people here when a login could not be finished (cancelled, refused). */
    @GET
    @Path("inloggen-mislukt")
    public TemplateInstance inloggenMislukt() {
        return Templates.inloggenMislukt();
    }

    /**
     * Where the portal sends people instead of to a Keycloak that does not answer. Opened again
     * (the browser's reload) once Keycloak is back, it continues to the login.
     */
    @GET
    @Path("inloggen-lukt-niet")
    public Uni<Response> inloggenLuktNiet() {
        return keycloak.bereikbaar().map(ja -> {
            if (ja) {
                return Response.seeOther(URI.create("/start")).build();
            }
            String referentie = Referentie.nieuw();
            LOG.warnf("Keycloak antwoordt niet, inloggen kan nu niet, referentie %s", referentie);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, 60)
                    .entity(Templates.inloggenLuktNiet(referentie)).build();
        });
    }

    /** Logging out while Keycloak does not answer: the portal's own session has ended. */
    @GET
    @Path("uitgelogd-bij-storing")
    public TemplateInstance uitgelogdBijStoring() {
        return Templates.uitgelogdBijStoring();
    }

    /** The toegankelijkheidsverklaring: public, so a person can read it before logging in. */
    @GET
    @Path("toegankelijkheid")
    public TemplateInstance toegankelijkheid() {
        return Templates.toegankelijkheid();
    }
}
