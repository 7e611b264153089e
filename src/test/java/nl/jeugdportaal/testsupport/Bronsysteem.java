package nl.jeugdportaal.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Plays the GI's case system: a token by client credentials from the real Keycloak, then plain
 * HTTP calls to the registratie API, as a client outside the project would make them.
 */
public final class Bronsysteem {
    public static final String BASIS = Portaal.URL + "/api/registratie/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String token;

    private Bronsysteem(String token) {
        this.token = token;
    }

    /** The realm's client {@code bronsysteem} with its demo secret. */
    public static Bronsysteem aangemeld() {
        return new Bronsysteem(token("bronsysteem", "bronsysteem-demo-geheim"));
    }

    public static Bronsysteem met(String token) {
        return new Bronsysteem(token);
    }

    /** An access token by the client-credentials grant. */
    public static String token(String clientId, String geheim) {
        return tokenVoor("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + geheim);
    }

    /** A person's own access token (password grant through the realm's admin-cli), for "a valid token without the role". */
    public static String tokenVanPersoon(String gebruiker) {
        return tokenVoor("grant_type=password&client_id=admin-cli&username=" + gebruiker + "&password=" + Inlogsessie.WACHTWOORD);
    }

    private static String tokenVoor(String formulier) {
        try {
            HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(KeycloakTestResource.REALM_URL + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("Geen token: " + antwoord.statusCode() + " " + antwoord.body());
            }
            return JSON.readTree(antwoord.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> put(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> put(String pad, String json, String ifMatch) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> put(String pad, byte[] inhoud, String type) {
        HttpRequest.Builder b = verzoek(pad).PUT(HttpRequest.BodyPublishers.ofByteArray(inhoud));
        return stuur(type == null ? b : b.header("Content-Type", type));
    }

    public HttpResponse<String> get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    public HttpResponse<String> delete(String pad) {
        return stuur(verzoek(pad).DELETE());
    }

    /** A call that must succeed; fails the test with the problem the portal gave. */
    public JsonNode zet(String pad, String json) {
        HttpResponse<String> antwoord = put(pad, json);
        if (antwoord.statusCode() != 200 && antwoord.statusCode() != 201) {
            throw new AssertionError("PUT " + pad + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
        return lees(antwoord);
    }

    public static JsonNode lees(HttpResponse<String> antwoord) {
        try {
            return JSON.readTree(antwoord.body());
        } catch (IOException e) {
            throw new AssertionError("Geen JSON: " + antwoord.body(), e);
        }
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pad.startsWith("http") ? pad : BASIS + pad));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
