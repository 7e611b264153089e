package nl.jeugdportaal.web;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.identiteit.regels.Rol;

/**
 * Whether the layout speaks to this reader with "je" (DOMAIN §8): a jeugdige is logged in. The role
 * comes from the registration (identiteit.regels.Rolbepaling), so it needs PostgreSQL. The layout is
 * also drawn where the registration cannot be read: an error page rendered on the I/O thread (an
 * unknown address, a request too large) and the storing page while PostgreSQL is down. There the
 * layout says "u": the crisis numbers must show whatever else fails.
 */
@RequestScoped
@Named("lezer")
public class Aanspreekvorm {
    @Inject
    HuidigeGebruiker gebruiker;

    public boolean je() {
        if (!gebruiker.isIngelogd() || !BlockingOperationControl.isBlockingAllowed()) {
            return false;
        }
        try {
            return gebruiker.heeftRol(Rol.JEUGDIGE);
        } catch (PersistenceException | IllegalStateException registratieOnbereikbaar) {
            return false;
        }
    }
}
