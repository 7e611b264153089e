package nl.jeugdportaal.identiteit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts of professionals in Keycloak, through its admin REST API with the client
 * {@code jeugdportaal-accounts} (client credentials; it may manage users and nothing else). Only the
 * outbox calls this, after the registration that asked for it committed, and tries again on failure.
 */
@ApplicationScoped
public class Keycloakaccounts {
    /** The group whose role makes Keycloak ask for a one-time code after the password (realm flow "jeugdportaal browser"). */
    static final String GROEP = "/professionals";
    static final List<String> INSTELLEN = List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP");
    /** Long enough for someone who gets the mail on a Friday to start on Monday. */
    static final Duration LINK_GELDIG = Duration.ofDays(4);
    private static final Duration WACHTTIJD = Duration.ofSeconds(10);

    private static final String GEBLOKKEERD = "jeugdportaal-geblokkeerd";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WACHTTIJD).build();
    private final ObjectMapper json;
    private final String tokenUrl;
    private final String beheer;
    private final String clientId;
    private final String geheim;
    private final String portaalClient;
    private final String portaal;

    @Inject
    Keycloakaccounts(ObjectMapper json, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
            @ConfigProperty(name = "jeugdportaal.accounts.client-id") String clientId,
            @ConfigProperty(name = "jeugdportaal.accounts.secret") String geheim,
            @ConfigProperty(name = "quarkus.oidc.client-id") String portaalClient,
            @ConfigProperty(name = "jeugdportaal.publiek-adres") String portaal) {
        this.json = json;
        String basis = realm.replaceAll("/+$", "");
        this.tokenUrl = basis + "/protocol/openid-connect/token";
        this.beheer = basis.replace("/realms/", "/admin/realms/");
        this.clientId = clientId;
        this.geheim = geheim;
        this.portaalClient = portaalClient;
        this.portaal = portaal.replaceAll("/+$", "");
    }

    /**
     * A professional's account as the portal wants it; {@code id} is Keycloak's (the token's subject).
     * {@code geblokkeerd}: blocked by the portal at the end of a registration, not by an administrator.
     */
    public record Account(String id, boolean ingesteld, boolean geblokkeerd) {
    }

    public Optional<Account> zoek(String login) {
        var gevonden = json(stuur(verzoek("/users?exact=true&briefRepresentation=false&username=" + enc(login)).GET(), 200));
        for (var gebruiker : gevonden) {
            if (gebruiker.path("username").asText().equalsIgnoreCase(login)) {
                boolean doorPortaal = !gebruiker.path("enabled").asBoolean(true)
                        && "ja".equals(gebruiker.path("attributes").path(GEBLOKKEERD).path(0).asText());
                return Optional.of(new Account(gebruiker.path("id").asText(), gebruiker.path("requiredActions").isEmpty(),
                        doorPortaal));
            }
        }
        return Optional.empty();
    }

    /** Makes the account, in the group that asks for two factors, with nothing set up yet. */
    public void maak(String login, String email, String voornaam, String achternaam) {
        ObjectNode gebruiker = json.createObjectNode().put("username", login).put("email", email)
                .put("emailVerified", true).put("firstName", voornaam).put("lastName", achternaam).put("enabled", true);
        gebruiker.putArray("groups").add(GROEP);
        // The invitation and Keycloak's pages in Dutch, whatever language the browser asks for.
        gebruiker.putObject("attributes").putArray("locale").add("nl");
        INSTELLEN.forEach(gebruiker.putArray("requiredActions")::add);
        // 409: made by an earlier try whose answer got lost; the caller looks it up again.
        stuur(verzoek("/users").POST(body(gebruiker)), 201, 409);
    }

    /**
     * Keycloak mails the link to set a password and an authenticator app; afterwards it leads to the
     * portal. The address is the registration's: it may have changed since the account was made.
     */
    public void nodigUit(Account account, String email) {
        wijzig(account, gebruiker -> gebruiker.put("email", email));
        String pad = "/users/" + account.id() + "/execute-actions-email?client_id=" + enc(portaalClient)
                + "&redirect_uri=" + enc(portaal + "/start") + "&lifespan=" + LINK_GELDIG.toSeconds();
        stuur(verzoek(pad).PUT(body(json.valueToTree(INSTELLEN))), 204);
    }

    /**
     * No new login, and every Keycloak session ends (which also tells every client through its back
     * channel). The mark lets {@link #deblokkeer} tell this block from one an administrator made.
     */
    public void blokkeer(Account account) {
        wijzig(account, gebruiker -> {
            gebruiker.put("enabled", false);
            attributen(gebruiker).putArray(GEBLOKKEERD).add("ja");
        });
        stuur(verzoek("/users/" + account.id() + "/logout").POST(HttpRequest.BodyPublishers.noBody()), 204);
    }

    /** The login back, after the bronsysteem took back the end it registered. */
    public void deblokkeer(Account account) {
        wijzig(account, gebruiker -> {
            gebruiker.put("enabled", true);
            attributen(gebruiker).remove(GEBLOKKEERD);
        });
    }

    private static ObjectNode attributen(ObjectNode gebruiker) {
        return gebruiker.path("attributes") instanceof ObjectNode a ? a : gebruiker.putObject("attributes");
    }

    private void wijzig(Account account, Consumer<ObjectNode> wijziging) {
        var gebruiker = (ObjectNode) json(stuur(verzoek("/users/" + account.id()).GET(), 200));
        // The whole representation back: a partial one would clear what it leaves out.
        wijziging.accept(gebruiker);
        stuur(verzoek("/users/" + account.id()).PUT(body(gebruiker)), 204);
    }

    private HttpRequest.Builder verzoek(String pad) {
        return HttpRequest.newBuilder(URI.create(beheer + pad)).timeout(WACHTTIJD)
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json");
    }

    /** A token per call: the outbox calls this a few times a day, and a cached one would only add expiry handling. */
    private String token() {
        String formulier = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(geheim);
        var antwoord = stuur(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(WACHTTIJD)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)), 200);
        return json(antwoord).path("access_token").asText();
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek, int... goed) {
        HttpRequest gebouwd = verzoek.build();
        try {
            HttpResponse<String> antwoord = http.send(gebouwd, HttpResponse.BodyHandlers.ofString());
            for (int status : goed) {
                if (antwoord.statusCode() == status) {
                    return antwoord;
                }
            }
            throw new IllegalStateException("Keycloak antwoordde " + antwoord.statusCode() + " op " + gebouwd.method()
                    + " " + gebouwd.uri().getPath() + ": " + antwoord.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak niet bereikbaar: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(HttpResponse<String> antwoord) {
        try {
            return json.readTree(antwoord.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak gaf geen JSON: " + e.getMessage(), e);
        }
    }

    private HttpRequest.BodyPublisher body(Object waarde) {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(waarde));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
