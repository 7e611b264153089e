package nl.jeugdportaal.identiteit;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.Persoon;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the login server vouches for it. The portal never takes a person's identity
 * from a URL or a form: only from the BSN claim that Keycloak signed.
 */
@RequestScoped
public class HuidigeGebruiker {
    public static final String BSN_CLAIM = "bsn";

    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;

    private Optional<Persoon> persoon;

    public boolean isIngelogd() {
        return !identity.isAnonymous();
    }

    public Optional<String> bsn() {
        if (!isIngelogd()) {
            return Optional.empty();
        }
        return Optional.ofNullable(idToken.<Object>getClaim(BSN_CLAIM)).map(Object::toString);
    }

    /** The registered person behind this login, or empty when the BSN matches nobody. */
    public Optional<Persoon> persoon() {
        if (persoon == null) {
            persoon = isIngelogd() && bsn().isEmpty() ? Persoon.metLogin(gebruikersnaam()) : bsn().flatMap(Persoon::metBsn);
        }
        return persoon;
    }

    /** The portal's roles this login has; roles Keycloak adds of its own are ignored. */
    public Set<Rol> rollen() {
        return Arrays.stream(Rol.values()).filter(this::heeftRol)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));
    }

    public boolean heeftRol(Rol rol) {
        return identity.hasRole(rol.naam());
    }

    public String gebruikersnaam() {
        return isIngelogd() ? idToken.getName() : "";
    }
}
