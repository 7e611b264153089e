package nl.jeugdportaal.bronsysteem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Swagger UI (in the demo build only, see application.properties) starts itself with an inline
 * script and style, which the portal's Content-Security-Policy forbids everywhere. Its pages, and
 * only those, get the same policy with inline script and style allowed; they show no personal data.
 * A build without Swagger UI answers 404 on this path, so the looser header serves nothing there.
 */
@ApplicationScoped
public class SwaggerUiKoppen {
    static final String PAD = "/q/swagger-ui";
    static final String BELEID = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; object-src 'none'";

    void registreer(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().path().startsWith(PAD)) {
                context.addHeadersEndHandler(v -> context.response().headers().set("Content-Security-Policy", BELEID));
            }
            context.next();
        }, 0);
    }
}
