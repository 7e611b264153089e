package nl.jeugdportaal.identiteit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

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
    }

    @Inject
    HuidigeGebruiker gebruiker;

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

    /** The toegankelijkheidsverklaring: public, so a person can read it before logging in. */
    @GET
    @Path("toegankelijkheid")
    public TemplateInstance toegankelijkheid() {
        return Templates.toegankelijkheid();
    }
}
