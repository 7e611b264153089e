package nl.jeugdportaal.identiteit;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logging in through Keycloak exactly as quarkus-oidc does it, except where it would send the
 * browser to a Keycloak that does not answer. Then the person gets a calm page of the portal:
 * <ul>
 * <li>not logged in (or the session could not be renewed): "Inloggen lukt nu niet";</li>
 * <li>logging out: the portal's session is ended here, and a page says what that means.</li>
 * </ul>
 * Someone who is logged in notices nothing of an outage until the tokens need renewing: a page view
 * checks the session against the keys fetched earlier and does not ask Keycloak anything.
 * <p>
 * It wraps quarkus-oidc's own mechanism (an alternative bean that delegates, as the Quarkus security
 * guide describes for customising a mechanism), so every check of quarkus-oidc stays as it is.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class Inlogmechanisme implements HttpAuthenticationMechanism {
    static final String INLOGGEN_LUKT_NIET = "/inloggen-lukt-niet";
    static final String UITGELOGD_BIJ_STORING = "/uitgelogd-bij-storing";

    @Inject
    OidcAuthenticationMechanism oidc;
    @Inject
    Keycloakcontrole keycloak;
    @ConfigProperty(name = "quarkus.oidc.logout.path")
    String uitlogpad;
    @ConfigProperty(name = "quarkus.oidc.authentication.session-expired-path")
    String verlopenpad;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return oidc.authenticate(context, identityProviderManager)
                .onFailure(AuthenticationRedirectException.class)
                .recoverWithUni(fout -> omleiding(context, (AuthenticationRedirectException) fout));
    }

    /**
     * quarkus-oidc redirects from here in two cases that need Keycloak next: logging out (to
     * Keycloak's logout page; the session cookie is already removed) and a session whose tokens
     * could not be renewed (to the session-expired page, whose button leads to Keycloak's login).
     */
    private Uni<SecurityIdentity> omleiding(RoutingContext context, AuthenticationRedirectException omleiding) {
        boolean verlopen = verlopenpad.equals(URI.create(omleiding.getRedirectUri()).getPath());
        boolean uitloggen = !verlopen && context.request().path().equals(uitlogpad);
        if (!uitloggen && !verlopen) {
            return Uni.createFrom().failure(omleiding);
        }
        return keycloak.bereikbaar().onItem().transformToUni(ja -> Uni.createFrom().failure(ja ? omleiding
                : new AuthenticationRedirectException(uitloggen ? UITGELOGD_BIJ_STORING : INLOGGEN_LUKT_NIET)));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return keycloak.bereikbaar().onItem().transformToUni(ja -> ja ? oidc.getChallenge(context)
                : Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, INLOGGEN_LUKT_NIET)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
