package nl.jeugdportaal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.identiteit.Rol;

/**
 * Whether the layout speaks to this reader with "je" (DOMAIN §8): a jeugdige is logged in. Read from
 * the login's role only, never from the database, so the crisis numbers show in the right form on
 * the storing page too, when PostgreSQL is down.
 */
@RequestScoped
@Named("lezer")
public class Aanspreekvorm {
    @Inject
    HuidigeGebruiker gebruiker;

    public boolean je() {
        return gebruiker.isIngelogd() && gebruiker.heeftRol(Rol.JEUGDIGE);
    }
}
