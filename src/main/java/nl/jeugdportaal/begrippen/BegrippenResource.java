package nl.jeugdportaal.begrippen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The glossary, open to anyone: a parent should be able to look up a word before logging in. */
@Path("/begrippen")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class BegrippenResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance begrippen(List<Begrip> begrippen, boolean ingelogd);
    }

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance begrippen() {
        return Templates.begrippen(Begrippenlijst.standaard().alle(), !identity.isAnonymous());
    }
}
