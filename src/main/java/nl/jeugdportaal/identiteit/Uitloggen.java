package nl.jeugdportaal.identiteit;

import io.quarkus.oidc.SecurityEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Writes the portal's own logout (also while Keycloak is down) into the shared session record, so a
 * copy of the cookie is refused on every instance at the next request.
 */
@ApplicationScoped
public class Uitloggen {
    private static final Logger LOG = Logger.getLogger(Uitloggen.class);

    @Inject
    Sessieregister register;

    void bijUitloggen(@Observes SecurityEvent gebeurtenis) {
        if (gebeurtenis.getEventType() == SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED
                && gebeurtenis.getSecurityIdentity() != null
                && gebeurtenis.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            beeindig(token.getClaim(Sessiefilter.SID), token.getSubject());
        }
    }

    /** The events come on the I/O thread; the database is written on a worker. */
    private void beeindig(String sid, String subject) {
        if (sid == null) {
            return;
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                register.beeindig(sid, subject);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Sessie %s kon niet als beëindigd worden vastgelegd", sid);
            }
        });
    }
}
