package nl.jeugdportaal.identiteit;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Keycloak's back-channel logout (OpenID Connect Back-Channel Logout 1.0): Keycloak posts a signed
 * logout token here when a session ends on its side: logging out elsewhere, an administrator
 * signing someone out, a password reset that signs out the other devices. The session is ended in
 * the shared record, so whichever instance gets the post, every instance refuses the cookie.
 * quarkus-oidc has a handler of its own, but it remembers the token only in one instance's memory.
 */
@ApplicationScoped
public class Achterkanaal {
    public static final String PAD = "/uitloggen/achterkanaal";
    private static final String UITLOG_GEBEURTENIS = "http://schemas.openid.net/event/backchannel-logout";
    private static final Logger LOG = Logger.getLogger(Achterkanaal.class);

    @Inject
    TenantIdentityProvider tokens;
    @Inject
    Sessieregister register;

    void route(@Observes Router router) {
        // A plain route, not a JAX-RS resource: Keycloak's post carries no CSRF token and needs none,
        // because the logout token's signature says who sent it.
        router.post(PAD).handler(BodyHandler.create().setBodyLimit(16 * 1024)).handler(this::ontvang);
    }

    private void ontvang(RoutingContext context) {
        String token = context.request().getFormAttribute("logout_token");
        if (token == null) {
            context.response().setStatusCode(400).end();
            return;
        }
        tokens.authenticate(new AccessTokenCredential(token))
                .map(identiteit -> (JsonWebToken) identiteit.getPrincipal())
                .subscribe().with(
                        logout -> context.vertx().executeBlocking(() -> verwerk(logout), false)
                                .onComplete(gelukt -> context.response()
                                        .setStatusCode(gelukt.succeeded() && gelukt.result() ? 200 : 400).end()),
                        fout -> {
                            LOG.debugf(fout, "Back-channel logout token afgewezen");
                            context.response().setStatusCode(400).end();
                        });
    }

    /** The token must be a logout token for one session (the realm asks Keycloak to name the session). */
    private boolean verwerk(JsonWebToken logout) {
        Object gebeurtenissen = logout.getClaim("events");
        String sid = logout.getClaim(Sessiefilter.SID);
        boolean uitloggen = gebeurtenissen != null && new JsonObject(gebeurtenissen.toString()).containsKey(UITLOG_GEBEURTENIS);
        if (!uitloggen || sid == null || logout.getClaim("nonce") != null) {
            return false;
        }
        register.beeindig(sid, logout.getSubject());
        return true;
    }
}
