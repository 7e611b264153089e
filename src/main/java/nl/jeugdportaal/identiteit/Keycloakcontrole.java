package nl.jeugdportaal.identiteit;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether Keycloak answers right now. The portal asks only just before it would send a browser to
 * Keycloak (to log in or out): a browser sent to a Keycloak that is down shows a bare connection
 * error, and we would rather show our own page. A normal page view never asks.
 */
@ApplicationScoped
public class Keycloakcontrole {
    /** Keycloak serves its discovery document in milliseconds; longer only keeps a person waiting for the same answer. */
    private static final Duration WACHTTIJD = Duration.ofSeconds(2);

    private final WebClient client;
    private final String discovery;

    @Inject
    public Keycloakcontrole(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout((int) WACHTTIJD.toMillis()));
        this.discovery = realm.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    public Uni<Boolean> bereikbaar() {
        return client.getAbs(discovery).timeout(WACHTTIJD.toMillis()).send()
                .map(antwoord -> antwoord.statusCode() == 200)
                .ifNoItem().after(WACHTTIJD).recoverWithItem(false)
                .onFailure().recoverWithItem(false);
    }
}
