package nl.jeugdportaal.keycloak;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Ends every session of a person when an administrator disables the account, resets its password
 * or removes one of its credentials. Keycloak 26 leaves the sessions running then
 * (keycloak/keycloak#37981), so a copied portal cookie would keep working. Each session is ended
 * with the back-channel logout the admin console's "Sign out" uses: Keycloak posts a logout token
 * to every client of the session, the portal too, and removes the session.
 *
 * <p>Keycloak calls the listeners while it handles the admin request, after the change and before
 * its answer: when the administrator's call returns, the portal has already ended the sessions.
 */
public class SessiesBeeindigen implements EventListenerProvider {
    private static final Logger LOG = Logger.getLogger(SessiesBeeindigen.class);
    /** "users/{id}" (an update), "users/{id}/reset-password", "users/{id}/credentials/{credential}" (its removal). */
    private static final Pattern GEBRUIKER = Pattern.compile("users/([^/]+)(/reset-password|/credentials/[^/]+)?");

    private final KeycloakSession session;

    SessiesBeeindigen(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        // What a person does with their own account is not an administrator's measure.
    }

    @Override
    public void onEvent(AdminEvent event, boolean metRepresentatie) {
        if (event.getResourceType() != ResourceType.USER || event.getError() != null || event.getResourcePath() == null) {
            return;
        }
        Matcher pad = GEBRUIKER.matcher(event.getResourcePath());
        if (!pad.matches()) {
            return;
        }
        // The admin API makes the realm it administers the context's realm (RealmsAdminResource).
        RealmModel realm = session.getContext().getRealm();
        UserModel gebruiker = realm.getId().equals(event.getRealmId()) ? session.users().getUserById(realm, pad.group(1)) : null;
        if (gebruiker == null) {
            return;
        }
        boolean beeindigen = switch (event.getOperationType()) {
            // Keycloak sends the event after it saved the change: the account reads as disabled here.
            case UPDATE -> pad.group(2) == null && !gebruiker.isEnabled();
            case ACTION -> pad.group(2) != null;
            default -> false;
        };
        if (beeindigen) {
            beeindig(realm, gebruiker, event.getOperationType() + " " + event.getResourcePath());
        }
    }

    private void beeindig(RealmModel realm, UserModel gebruiker, String aanleiding) {
        // A list first: every logout removes its session from the stream's source.
        List<UserSessionModel> sessies = session.sessions().getUserSessionsStream(realm, gebruiker).toList();
        for (UserSessionModel sessie : sessies) {
            AuthenticationManager.backchannelLogout(session, sessie, true);
        }
        LOG.infof("%d sessie(s) van gebruiker %s beeindigd na %s", sessies.size(), gebruiker.getId(), aanleiding);
    }

    @Override
    public void close() {
        // holds nothing of its own
    }
}
