package nl.jeugdportaal.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts one real Keycloak for the whole test run, on its own port and in its own folder, with the
 * realm from keycloak-realm/, so tests never share state with a demo Keycloak on 8180.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {
    public static final int POORT = Integer.getInteger("jeugdportaal.test.keycloak-port", 8190);
    public static final String REALM_URL = "http://127.0.0.1:" + POORT + "/realms/jeugdportaal";

    @Override
    public Map<String, String> start() {
        script("start");
        return Map.of("jeugdportaal.test.keycloak-port", String.valueOf(POORT));
    }

    @Override
    public void stop() {
        if (!Boolean.getBoolean("jeugdportaal.test.keycloak-laten-draaien")) {
            script("stop");
        }
    }

    private static void script(String opdracht) {
        try {
            ProcessBuilder builder = new ProcessBuilder("scripts/keycloak", opdracht);
            builder.environment().put("KC_PORT", String.valueOf(POORT));
            // Keycloak's back-channel logout goes to the portal under test.
            builder.environment().put("JEUGDPORTAAL_URL", Portaal.URL);
            // Six test runs share two cores: a first start (copy, build, import) can take minutes.
            builder.environment().putIfAbsent("KC_START_TIMEOUT", "480");
            Process p = builder
                    .directory(new File(System.getProperty("user.dir")))
                    .inheritIO()
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!p.waitFor(540, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("scripts/keycloak " + opdracht + " is mislukt");
            }
        } catch (IOException e) {
            throw new IllegalStateException("scripts/keycloak kon niet starten", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
