package nl.jeugdportaal.identiteit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.outbox.Bezorger;
import nl.jeugdportaal.outbox.Outbox;
import nl.jeugdportaal.outbox.OutboxMail;
import nl.jeugdportaal.registratie.Persoon;

/**
 * The login accounts of professionals follow their registration: a medewerker or vertrouwenspersoon
 * the bronsysteem registers gets an invitation to make their account (a password and an
 * authenticator app); one it ends is blocked and every session of theirs ends, and gets the login
 * back when the bronsysteem takes the end back (if it has an address). Nobody at the GI makes
 * accounts by hand. The instruction goes through the outbox, so it leaves only when the
 * registration committed and is tried again while Keycloak is away.
 */
@ApplicationScoped
public class Accounts implements Bezorger {
    static final String UITNODIGEN = "KEYCLOAK_UITNODIGEN";
    static final String BLOKKEREN = "KEYCLOAK_BLOKKEREN";

    private final Outbox outbox;
    private final Keycloakaccounts keycloak;
    private final Sessieregister sessies;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    Accounts(Outbox outbox, Keycloakaccounts keycloak, Sessieregister sessies, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.keycloak = keycloak;
        this.sessies = sessies;
        this.json = json;
        this.clock = clock;
    }

    /** Called in the transaction of a registration that changed a professional. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void naRegistratie(Persoon professional) {
        if (professional.isBeeindigdOp(Inzageregels.vandaagInNederland(clock))) {
            outbox.plaatsOpdracht(BLOKKEREN, professional.login, "Account blokkeren: " + professional.login, "{}");
        } else if (professional.email != null) {
            // Without an address nobody can be invited; the registration that adds one invites.
            outbox.plaatsOpdracht(UITNODIGEN, professional.login, "Uitnodiging voor " + professional.login,
                    schrijf(Map.of("email", professional.email, "voornaam", professional.voornaam,
                            "achternaam", professional.achternaam)));
        }
    }

    /**
     * Blocks the accounts of professionals whose end the bronsysteem registered ahead and which came
     * in the last days (a week, so a day the scheduler missed is made up). Their role in the portal
     * ended at midnight already; this takes away the login. Blocking twice does no harm.
     */
    @Transactional
    public int blokkeerBeeindigden() {
        var vandaag = Inzageregels.vandaagInNederland(clock);
        var beeindigd = Persoon.<Persoon>list("beeindigdOp > ?1 and beeindigdOp <= ?2 and login is not null",
                vandaag.minusDays(7), vandaag);
        beeindigd.forEach(this::naRegistratie);
        return beeindigd.size();
    }

    @Override
    public boolean bezorgt(String soort) {
        return UITNODIGEN.equals(soort) || BLOKKEREN.equals(soort);
    }

    @Override
    public void bezorg(OutboxMail opdracht) {
        if (BLOKKEREN.equals(opdracht.soort)) {
            keycloak.zoek(opdracht.aan).ifPresent(account -> {
                // Keycloak first: its logout posts to the back channel, which writes the same session
                // rows; had this transaction locked them already, both would wait for the other.
                keycloak.blokkeer(account);
                sessies.beeindigAlles(account.id());
            });
            return;
        }
        JsonNode gegevens = lees(opdracht.tekst);
        String email = gegevens.path("email").asText();
        var account = keycloak.zoek(opdracht.aan);
        if (account.isEmpty()) {
            keycloak.maak(opdracht.aan, email, gegevens.path("voornaam").asText(), gegevens.path("achternaam").asText());
            account = keycloak.zoek(opdracht.aan);
        }
        // An end taken back gives the login back; a block by an administrator stays.
        account.filter(Keycloakaccounts.Account::geblokkeerd).ifPresent(keycloak::deblokkeer);
        // An account that finished its setup (or a demo account) needs no invitation; one that did
        // not gets a fresh link, as the old one may have expired.
        account.filter(a -> !a.ingesteld()).ifPresent(a -> keycloak.nodigUit(a, email));
    }

    private String schrijf(Map<String, String> gegevens) {
        try {
            return json.writeValueAsString(gegevens);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode lees(String tekst) {
        try {
            return json.readTree(tekst);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
