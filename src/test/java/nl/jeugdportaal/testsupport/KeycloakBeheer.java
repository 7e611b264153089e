package nl.jeugdportaal.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The Keycloak admin REST API of the test instance, for setting up situations such as expiry. */
public final class KeycloakBeheer {
    private static final String BASIS = "http://127.0.0.1:" + KeycloakTestResource.POORT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String token;

    public KeycloakBeheer() {
        JsonNode antwoord = stuur(HttpRequest.newBuilder(URI.create(BASIS + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")),
                null);
        token = antwoord.get("access_token").asText();
    }

    /** Ends every Keycloak session of the user, as an idle timeout on the login server would. */
    public void beeindigSessies(String gebruikersnaam) {
        stuur(beheer("/users/" + id(gebruikersnaam) + "/logout").POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    /** Disables the account, as an administrator does in the admin console ("Enabled" off). */
    public void schakelUit(String gebruikersnaam) {
        String id = id(gebruikersnaam);
        ObjectNode gebruiker = (ObjectNode) stuur(beheer("/users/" + id).GET(), token);
        gebruiker.put("enabled", false);
        stuur(beheer("/users/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(gebruiker.toString())), token);
    }

    /** An administrator's password reset ("Credentials", "Reset password"), not a temporary one. */
    public void zetWachtwoord(String gebruikersnaam, String wachtwoord) {
        ObjectNode wachtwoordNode = JSON.createObjectNode().put("type", "password").put("value", wachtwoord)
                .put("temporary", false);
        stuur(beheer("/users/" + id(gebruikersnaam) + "/reset-password").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(wachtwoordNode.toString())), token);
    }

    /** Deletes the account's password ("Credentials", "Delete"), as an administrator does with a leaked one. */
    public void verwijderWachtwoord(String gebruikersnaam) {
        String id = id(gebruikersnaam);
        for (JsonNode credential : stuur(beheer("/users/" + id + "/credentials").GET(), token)) {
            if ("password".equals(credential.path("type").asText())) {
                stuur(beheer("/users/" + id + "/credentials/" + credential.get("id").asText()).DELETE(), token);
            }
        }
    }

    private String id(String gebruikersnaam) {
        return stuur(beheer("/users?exact=true&username=" + gebruikersnaam).GET(), token).get(0).get("id").asText();
    }

    /** Sets how long the portal client's tokens live; returns the previous value ("" when unset). */
    public String zetTokenLevensduur(String seconden) {
        JsonNode client = stuur(beheer("/clients?clientId=jeugdportaal").GET(), token).get(0);
        ObjectNode attributen = (ObjectNode) client.get("attributes");
        String vorige = attributen.path("access.token.lifespan").asText("");
        attributen.put("access.token.lifespan", seconden);
        stuur(beheer("/clients/" + client.get("id").asText())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())), token);
        return vorige;
    }

    /**
     * A login carrying this BSN with one realm role and the demo password, as a GI creates one for a
     * client it registered (for a medewerker's login both are null). Keycloak keeps its users across test runs while the portal's database
     * starts empty and the BSNs are handed out anew, so a login of that name left by an earlier run
     * is replaced, never reused with an old BSN.
     */
    public void maakGebruiker(String gebruikersnaam, String bsn, String rol) {
        verwijderGebruiker(gebruikersnaam);
        ObjectNode gebruiker = JSON.createObjectNode();
        gebruiker.put("username", gebruikersnaam).put("enabled", true).put("emailVerified", true)
                .put("firstName", gebruikersnaam).put("lastName", "Test").put("email", gebruikersnaam + "@test.jeugdportaal.nl");
        if (bsn != null) {
            gebruiker.putObject("attributes").putArray("bsn").add(bsn);
        }
        gebruiker.putArray("credentials").addObject().put("type", "password").put("value", Inlogsessie.WACHTWOORD)
                .put("temporary", false);
        stuur(beheer("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(gebruiker.toString())), token);
        if (rol == null) {
            return;
        }
        String id = id(gebruikersnaam);
        JsonNode rolNode = stuur(beheer("/roles/" + rol).GET(), token);
        stuur(beheer("/users/" + id + "/role-mappings/realm").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + rolNode + "]")), token);
    }

    /** Keycloak sends its mails (the invitations of professionals) to this SMTP server on the loopback. */
    public void zetMailserver(int poort) {
        ObjectNode realm = JSON.createObjectNode();
        realm.putObject("smtpServer").put("host", "127.0.0.1").put("port", String.valueOf(poort))
                .put("from", "noreply@test.jeugdportaal.nl").put("starttls", "false").put("auth", "false");
        stuur(beheer("").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(realm.toString())), token);
    }

    /**
     * A professional who set up the app before (the raw key as Keycloak stores it) and must now add
     * a passkey: partial import, because the admin API makes only password credentials.
     */
    public void maakProfessionalMetApp(String gebruikersnaam, String appsleutel) {
        verwijderGebruiker(gebruikersnaam);
        ObjectNode gebruiker = JSON.createObjectNode();
        gebruiker.put("username", gebruikersnaam).put("enabled", true).put("emailVerified", true)
                .put("firstName", gebruikersnaam).put("lastName", "Test").put("email", gebruikersnaam + "@test.jeugdportaal.nl");
        gebruiker.putArray("groups").add("/professionals");
        gebruiker.putArray("requiredActions").add("webauthn-register");
        var credentials = gebruiker.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", Inlogsessie.WACHTWOORD).put("temporary", false);
        credentials.addObject().put("type", "otp").put("userLabel", "Telefoon")
                .put("secretData", JSON.createObjectNode().put("value", appsleutel).toString())
                .put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}");
        ObjectNode importeer = JSON.createObjectNode().put("ifResourceExists", "OVERWRITE");
        importeer.putArray("users").add(gebruiker);
        stuur(beheer("/partialImport").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(importeer.toString())), token);
    }

    /** The account with this user name as Keycloak keeps it, if there is one. */
    public java.util.Optional<JsonNode> gebruiker(String gebruikersnaam) {
        JsonNode gevonden = stuur(beheer("/users?exact=true&briefRepresentation=false&username=" + gebruikersnaam).GET(), token);
        return gevonden.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(gevonden.get(0));
    }

    public void verwijderGebruiker(String gebruikersnaam) {
        for (JsonNode gebruiker : stuur(beheer("/users?exact=true&username=" + gebruikersnaam).GET(), token)) {
            stuur(beheer("/users/" + gebruiker.get("id").asText()).DELETE(), token);
        }
    }

    /** The Keycloak account the broker linked to this DigiD identity (DigiD's NameID), if any. */
    public java.util.Optional<String> digidAccount(String bsn) {
        JsonNode gevonden = stuur(beheer("/users?idpAlias=digid&idpUserId=s00000000:" + bsn).GET(), token);
        return gevonden.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(gevonden.get(0).get("id").asText());
    }

    /** The Keycloak accounts that carry this BSN: demo accounts and DigiD's alike. */
    public int accountsMetBsn(String bsn) {
        return stuur(beheer("/users?exact=true&q=bsn:" + bsn).GET(), token).size();
    }

    /** Removes the account a DigiD login made, so a test starts at a person's very first login. */
    public void vergeetDigidAccount(String bsn) {
        digidAccount(bsn).ifPresent(id -> stuur(beheer("/users/" + id).DELETE(), token));
    }

    private static HttpRequest.Builder beheer(String pad) {
        return HttpRequest.newBuilder(URI.create(BASIS + "/admin/realms/jeugdportaal" + pad));
    }

    private JsonNode stuur(HttpRequest.Builder verzoek, String bearer) {
        if (bearer != null) {
            verzoek.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> antwoord = client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak beheer " + antwoord.statusCode() + ": " + antwoord.body());
            }
            return antwoord.body().isBlank() ? JSON.nullNode() : JSON.readTree(antwoord.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
