package nl.jeugdportaal.inzage;

import java.util.Set;
import nl.jeugdportaal.identiteit.Rol;
import nl.jeugdportaal.registratie.Persoon;

/**
 * The person looking, with the roles Keycloak gave them and, for a vertrouwenspersoon, the client
 * they act for. Built only from the login, never from the request's parameters.
 */
public record Kijker(Persoon persoon, Set<Rol> rollen, Persoon namens) {

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }

    public boolean isMedewerker() {
        return rollen.stream().anyMatch(Rol::isMedewerker);
    }

    /** "?namens=ID" for links and redirects that must keep acting for the same client, else "". */
    public String namensParameter() {
        return namens == null ? "" : "?namens=" + namens.id;
    }

    /** The role written to the access log. */
    public String hoofdrol() {
        return rollen.stream().sorted().findFirst().map(Rol::naam).orElse("onbekend");
    }
}
