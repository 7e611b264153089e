package nl.jeugdportaal.testsupport;

/**
 * Where the portal under test listens. Several test runs can share a machine (each with its own
 * -Dquarkus.http.test-port, Keycloak and PostgreSQL port); the realm allows 8081, 8281, 8381, 8481 and 8581.
 */
public final class Portaal {
    public static final String URL = "http://localhost:" + Integer.getInteger("quarkus.http.test-port", 8081);

    private Portaal() {
    }
}
