package nl.jeugdportaal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Guards around every form the portal receives: the submit limit per person (never on a
 * withdrawal), and a readable page
 * when quarkus-rest-csrf refuses a form (it answers a bare 400 without a body, which a browser
 * shows as an empty page).
 */
public class Formulierwacht {
    /** The forms that create work for the GI or change who may see what; reading is never limited. */
    private static final List<String> BEGRENSD = List.of("/verzoeken/nieuw/", "/klachten/nieuw", "/toestemming",
            "/machtiging");
    /** Withdrawing is never limited: DOMAIN.md §2, a toestemming "can be withdrawn at any time; it then stops at once". */
    private static final String INTREKKEN = "/intrekken";

    @Inject
    Indienlimiet limiet;
    @Inject
    HuidigeGebruiker gebruiker;

    @ServerRequestFilter
    public Response begrens(ContainerRequestContext verzoek) {
        String pad = verzoek.getUriInfo().getPath();
        if (!"POST".equals(verzoek.getMethod()) || BEGRENSD.stream().noneMatch(pad::startsWith)
                || pad.endsWith(INTREKKEN)) {
            return null;
        }
        // Without a known BSN the resource itself refuses; there is no person to count.
        return gebruiker.bsn().filter(limiet::vol).map(bsn -> teVaak()).orElse(null);
    }

    /** The hour filled up between the check above and storing (a second tab, a second instance): nothing was saved. */
    @ServerExceptionMapper
    public Response teVaak(Indienlimiet.TeVaak e) {
        return teVaak();
    }

    private Response teVaak() {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Indienlimiet.VENSTER.toSeconds())
                .entity(FoutAfhandeling.Templates.teVaak(limiet.maxPerUur()).render()).build();
    }

    @ServerResponseFilter
    public void leesbareWeigering(ContainerRequestContext verzoek, ContainerResponseContext antwoord) {
        // Our own 400s always carry the form with its messages; only the CSRF filter's has no body.
        if ("POST".equals(verzoek.getMethod()) && antwoord.getStatus() == 400 && !antwoord.hasEntity()) {
            antwoord.setEntity(FoutAfhandeling.Templates.formulierVerlopen().render(), null, MediaType.TEXT_HTML_TYPE);
        }
    }
}
