package nl.jeugdportaal.keycloak;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link SessiesBeeindigen}; the realm switches it on in "eventsListeners". */
public class SessiesBeeindigenFactory implements EventListenerProviderFactory {
    public static final String ID = "jeugdportaal-sessies-beeindigen";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SessiesBeeindigen(session);
    }

    @Override
    public void init(Config.Scope config) {
        // no configuration
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to set up
    }

    @Override
    public void close() {
        // holds nothing
    }

    @Override
    public String getId() {
        return ID;
    }
}
