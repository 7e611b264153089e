package nl.jeugdportaal.identiteit;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import nl.jeugdportaal.identiteit.regels.Sessieregel;
import nl.jeugdportaal.identiteit.regels.Sessieregel.Oordeel;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request with a session cookie is checked against the server's record before any page or
 * API answers ({@link Sessieregister}). A refused cookie is removed from the browser, and the person
 * gets the page that says why: idle too long, or logged out.
 */
public class Sessiefilter {
    static final String SID = "sid";
    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    OidcSession oidcSessie;
    @Inject
    Sessieregister register;

    @ServerRequestFilter
    public Optional<Response> controleer() {
        // The only non-blocking resource is the public "Inloggen lukt nu niet" page, which shows no data.
        if (identity.isAnonymous() || !BlockingOperationControl.isBlockingAllowed() || idToken.getRawToken() == null) {
            return Optional.empty();
        }
        String sid = idToken.getClaim(SID);
        // Keycloak puts the session id in every ID token; a token without one cannot be ended, so it is refused.
        Oordeel oordeel;
        try {
            oordeel = sid == null ? Oordeel.BEEINDIGD
                    : register.controleer(sid, idToken.getSubject(), Instant.ofEpochSecond(idToken.getIssuedAtTime()));
        } catch (PersistenceException databaseWeg) {
            // PostgreSQL is down: every page with data fails on it too and shows the calm storing page
            // (web.FoutAfhandeling); what answers without the database shows nobody's data.
            return Optional.empty();
        }
        if (Sessieregel.toegestaan(oordeel)) {
            return Optional.empty();
        }
        oidcSessie.logout().await().indefinitely();
        String naar = oordeel == Oordeel.INACTIEF ? "/sessie-verlopen" : "/uitgelogd";
        return Optional.of(Response.seeOther(URI.create(naar)).build());
    }
}
