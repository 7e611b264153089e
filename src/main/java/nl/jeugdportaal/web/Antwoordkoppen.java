package nl.jeugdportaal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers that every answer needs and that no single resource can be trusted to remember. It sits on
 * the Vert.x router, so pages, JSON, CSV, PDF, error pages and the login filters' answers all pass here:
 * <ul>
 * <li>{@code Cache-Control: no-store} on every answer to a logged-in person (a shared phone or a proxy
 * must not keep a dossier); the stylesheet and script stay cacheable, they hold nothing personal.</li>
 * <li>A redirect to the portal itself points at the configured public address: JAX-RS makes a relative
 * {@code Location} absolute with the request's {@code Host}, which anyone can set.</li>
 * <li>The CSRF cookie of quarkus-rest-csrf (which has no setting for it) gets {@code SameSite=Strict}, and
 * ends with the session: logging out removes it, so the next session starts with a new token.</li>
 * </ul>
 */
@ApplicationScoped
public class Antwoordkoppen {
    static final String CSRF_COOKIE = "csrf-token";
    private static final List<String> STATISCH = List.of("/css/", "/js/");
    private static final List<String> SESSIE_EINDE = List.of("/uitloggen", "/uitgelogd", "/sessie-verlopen");

    private final URI publiek;

    Antwoordkoppen(@ConfigProperty(name = "jeugdportaal.publiek-adres") URI publiek) {
        this.publiek = publiek;
    }

    void registreer(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::zetKoppen);
    }

    private void zetKoppen(RoutingContext context) {
        HttpServerRequest verzoek = context.request();
        String pad = verzoek.path();
        boolean ingelogd = verzoek.cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
        String host = verzoek.authority() == null ? null : verzoek.authority().toString();
        Cookie binnen = verzoek.getCookie(CSRF_COOKIE);
        context.addHeadersEndHandler(v -> {
            HttpServerResponse antwoord = context.response();
            if (ingelogd && STATISCH.stream().noneMatch(pad::startsWith)) {
                antwoord.headers().set("Cache-Control", "no-store");
            }
            String locatie = antwoord.headers().get("Location");
            if (locatie != null) {
                antwoord.headers().set("Location", naarPubliek(locatie, host));
            }
            // Vert.x writes the cookies of its jar after this handler, so a cookie the CSRF filter set is made
            // strict in the jar, also when it renews the same token. The browser's own cookie object is in the
            // jar too; touching that one would send it back, so it is told apart by identity, not by value.
            for (Cookie csrf : verzoek.cookies(CSRF_COOKIE)) {
                if (csrf != binnen) {
                    csrf.setSameSite(CookieSameSite.STRICT).setHttpOnly(true);
                }
            }
            if (SESSIE_EINDE.stream().anyMatch(pad::equals)) {
                antwoord.headers().add("Set-Cookie", CSRF_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
            }
        });
        context.next();
    }

    /** A Location on this portal (relative, or on the host the request named) is rebuilt on the public address. */
    String naarPubliek(String locatie, String host) {
        URI uri;
        try {
            uri = URI.create(locatie);
        } catch (IllegalArgumentException e) {
            return locatie;
        }
        boolean hier = uri.getRawAuthority() == null || uri.getRawAuthority().equalsIgnoreCase(host);
        if (!hier || uri.getScheme() != null && !uri.getScheme().startsWith("http")) {
            return locatie;
        }
        String rest = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        String basis = publiek.toString().replaceAll("/+$", "");
        return basis + rest;
    }
}
