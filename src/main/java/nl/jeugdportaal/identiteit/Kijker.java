package nl.jeugdportaal.identiteit;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;

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

    /** The staff roles of this login, as {@link Zaakrol} reads them; none while acting for a client. */
    public Set<Zaakrol> functies() {
        return namens != null ? Set.of() : rollen.stream().filter(Rol::isMedewerker).map(r -> Zaakrol.valueOf(r.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Zaakrol.class)));
    }

    /** What this person is on the dossier's case, by {@link Zaakrol}; empty for clients and other teams. */
    public Optional<Zaakrol> zaakrol(Dossier dossier) {
        return Zaakrol.van(SituatieBouwer.sleutel(persoon), functies(), SituatieBouwer.sleutel(dossier.jeugdbeschermer),
                dossier.leidinggevende().map(SituatieBouwer::sleutel).orElse(null));
    }

    /** "?namens=ID" for links and redirects that must keep acting for the same client, else "". */
    public String namensParameter() {
        return namens == null ? "" : "?namens=" + namens.id;
    }

    /** Who acts, as the audit log writes it: the person, their first role, and the client they act for. */
    public Audit.Actor actor() {
        return new Audit.Actor(persoon.id, hoofdrol(), namens == null ? null : namens.id);
    }

    /** The role written to the access log. */
    public String hoofdrol() {
        return rollen.stream().sorted().findFirst().map(Rol::naam).orElse("onbekend");
    }
}
