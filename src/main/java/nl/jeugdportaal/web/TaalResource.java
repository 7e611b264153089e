package nl.jeugdportaal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language switch in the page header. A plain link (no form), so it works on every page, also
 * before login; it only sets a preference, so it needs no CSRF token.
 */
@Path("/taal")
public class TaalResource {
    static final int EEN_JAAR = 365 * 24 * 3600;

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "false")
    boolean https;

    @GET
    @Path("{code}")
    public Response kies(@PathParam("code") String code, @QueryParam("terug") String terug) {
        Taal taal = Taal.vanCode(code).orElseThrow(NotFoundException::new);
        NewCookie cookie = new NewCookie.Builder(Taalkeuze.COOKIE).value(taal.code()).path("/").maxAge(EEN_JAAR)
                .httpOnly(true).secure(https).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(veiligTerug(terug))).cookie(cookie).build();
    }

    /** Only a path on this portal: never an open redirect to another site. */
    static String veiligTerug(String terug) {
        if (terug == null || !terug.startsWith("/") || terug.startsWith("//") || terug.startsWith("/\\")
                || terug.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        try {
            URI.create(terug);
            return terug;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
