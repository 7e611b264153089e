package nl.jeugdportaal.identiteit;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names Keycloak next to PostgreSQL (the datasource's own check), so an operator sees
 * which one is down. The load balancer checks liveness instead: with Keycloak down, people who
 * are logged in keep working, so an instance must not leave the pool for it.
 */
@Readiness
@ApplicationScoped
public class KeycloakGereed implements AsyncHealthCheck {
    @Inject
    Keycloakcontrole keycloak;

    @Override
    public Uni<HealthCheckResponse> call() {
        return keycloak.bereikbaar().map(ja -> HealthCheckResponse.named("Keycloak").status(ja).build());
    }
}
