package nl.jeugdportaal.identiteit;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.identiteit.regels.Rolbepaling.Toegang;
import nl.jeugdportaal.identiteit.regels.Rolbepaling;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.registratie.Aanmelding;
import nl.jeugdportaal.registratie.Functie;
import nl.jeugdportaal.registratie.Persoon;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the login server vouches for it. The portal never takes a person's identity
 * from a URL or a form: only from the BSN claim that Keycloak signed (DigiD's, or the one on a
 * staff or demo account). What the person is here follows from the registration, each request anew.
 */
@RequestScoped
public class HuidigeGebruiker {
    public static final String BSN_CLAIM = "bsn";
    /** Keycloak's user session note of a brokered login (the client maps it into the token). */
    public static final String INLOGMIDDEL_CLAIM = "identity_provider";
    public static final String DIGID = "digid";

    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    Clock clock;

    private Optional<Aanmelding> aanmelding;
    private Toegang toegang;

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
        return aanmelding().map(Aanmelding::persoon);
    }

    private Optional<Aanmelding> aanmelding() {
        if (aanmelding == null) {
            aanmelding = isIngelogd() && bsn().isEmpty() ? Aanmelding.metLogin(gebruikersnaam())
                    : bsn().flatMap(Aanmelding::metBsn);
        }
        return aanmelding;
    }

    /** Whether the registration knows this person today, and as what. */
    public Toegang toegang() {
        if (toegang == null) {
            toegang = aanmelding().map(this::bepaal).orElse(Toegang.ONBEKEND);
        }
        return toegang;
    }

    private Toegang bepaal(Aanmelding aanmelding) {
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        Persoon ik = aanmelding.persoon();
        Set<Relatiesoort> relaties = aanmelding.relaties().stream()
                .filter(r -> r.geldigOp(vandaag)).map(r -> r.soort).collect(Collectors.toSet());
        // Ended in the bronsysteem: from that day on no staff or helper role, whatever the login says.
        Functie functie = ik.isBeeindigdOp(vandaag) ? null : ik.functie;
        return Rolbepaling.bepaal(new Rolbepaling.Feiten(ik.leeftijdOp(vandaag), aanmelding.eigenDossier(),
                relaties, functie == Functie.VERTROUWENSPERSOON, medewerkerrollen(functie)));
    }

    private static Set<Rol> medewerkerrollen(Functie functie) {
        if (functie == null) {
            return Set.of();
        }
        return switch (functie) {
            case JEUGDBESCHERMER -> Set.of(Rol.JEUGDBESCHERMER);
            case LEIDINGGEVENDE -> Set.of(Rol.LEIDINGGEVENDE);
            case FG -> Set.of(Rol.FG);
            case VERTROUWENSPERSOON -> Set.of();
        };
    }

    /** The portal's roles of this person today; empty when the registration does not know them. */
    public Set<Rol> rollen() {
        return toegang().rollen();
    }

    public boolean heeftRol(Rol rol) {
        return rollen().contains(rol);
    }

    public boolean viaDigid() {
        return isIngelogd() && Optional.ofNullable(idToken.<Object>getClaim(INLOGMIDDEL_CLAIM))
                .map(Object::toString).filter(DIGID::equals).isPresent();
    }

    public String gebruikersnaam() {
        return isIngelogd() ? idToken.getName() : "";
    }
}
