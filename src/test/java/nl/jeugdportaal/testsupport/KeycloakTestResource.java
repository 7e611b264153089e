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

    /** A system property, not a static field: each test profile loads this class in a class loader of its own. */
    private static final String GESTART = "jeugdportaal.test.keycloak-gestart";

    /**
     * Starts Keycloak at the first profile and keeps it for the next ones: a restart between profiles
     * took some 40 seconds each, and Keycloak keeps its users and sessions across a restart anyway.
     */
    @Override
    public Map<String, String> start() {
        if (System.getProperty(GESTART) == null) {
            script("start");
            System.setProperty(GESTART, "ja");
            if (!Boolean.getBoolean("jeugdportaal.test.keycloak-laten-draaien")) {
                ProcessBuilder stoppen = opdracht("stop");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> voerUit(stoppen)));
            }
        }
        return Map.of("jeugdportaal.test.keycloak-port", String.valueOf(POORT));
    }

    /** Nothing: the next profile uses the same Keycloak, and the end of the test JVM stops it. */
    @Override
    public void stop() {
    }

    private static void script(String opdracht) {
        if (!voerUit(opdracht(opdracht))) {
            throw new IllegalStateException("scripts/keycloak " + opdracht + " is mislukt");
        }
    }

    private static ProcessBuilder opdracht(String opdracht) {
        ProcessBuilder builder = new ProcessBuilder("scripts/keycloak", opdracht);
        builder.environment().put("KC_PORT", String.valueOf(POORT));
        // Keycloak's back-channel logout goes to the portal under test.
        builder.environment().put("JEUGDPORTAAL_URL", Portaal.URL);
        // Six test runs share two cores: a first start (copy, build, import) can take minutes.
        builder.environment().putIfAbsent("KC_START_TIMEOUT", "480");
        return builder.directory(new File(System.getProperty("user.dir")))
                .inheritIO()
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    private static boolean voerUit(ProcessBuilder builder) {
        try {
            Process p = builder.start();
            return p.waitFor(540, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException("scripts/keycloak kon niet starten", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
