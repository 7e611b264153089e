package nl.jeugdportaal.bronsysteem.importeren;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The bronsysteem's access token, by the client-credentials grant from the portal's Keycloak realm.
 * A first load runs longer than a token lives (five minutes in the demo realm), so the token is
 * renewed shortly before it expires, and at once when the portal no longer accepts it.
 */
final class Toegang {
    private static final Duration MARGE = Duration.ofSeconds(30);
    private final HttpClient http;
    private final URI tokenadres;
    private final String formulier;
    private final ObjectMapper json = new ObjectMapper();
    private String token;
    private Instant geldigTot = Instant.MIN;

    Toegang(HttpClient http, String realm, String clientId, String geheim) {
        this.http = http;
        this.tokenadres = URI.create(realm.replaceAll("/+$", "") + "/protocol/openid-connect/token");
        this.formulier = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(geheim, StandardCharsets.UTF_8);
    }

    String token() throws IOException, InterruptedException {
        if (token == null || Instant.now().isAfter(geldigTot.minus(MARGE))) {
            vernieuw();
        }
        return token;
    }

    void vernieuw() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(tokenadres)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new GeenToegang("Keycloak (" + tokenadres + ") gaf geen token: " + antwoord.statusCode() + " " + antwoord.body());
        }
        JsonNode body = json.readTree(antwoord.body());
        token = body.path("access_token").asText();
        geldigTot = Instant.now().plusSeconds(body.path("expires_in").asLong(60));
    }

    /** Without a token nothing can be imported; the run stops before it sends anything. */
    static final class GeenToegang extends RuntimeException {
        GeenToegang(String melding) {
            super(melding);
        }
    }
}
