package nl.jeugdportaal.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bronsysteem's receiving end of the feed's webhook: a JDK HTTP server on a free loopback port
 * that keeps every POST, checks its signature the way a receiver would, and answers 200, or 500
 * as often as {@link #weigerDeVolgende} asks.
 */
public class Webhookontvanger implements QuarkusTestResourceLifecycleManager {
    public static final String GEHEIM = "webhook-test-geheim";

    /** One POST as it arrived, with what the receiver answered. */
    public record Ontvangst(String body, boolean geldigOndertekend, String contentType, int antwoord) {
        public boolean aangenomen() {
            return antwoord == 200;
        }
    }

    private static final List<Ontvangst> ONTVANGEN = new CopyOnWriteArrayList<>();
    private static final AtomicInteger WEIGERINGEN = new AtomicInteger();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/gebeurtenissen", Webhookontvanger::ontvang);
        server.start();
        return Map.of("jeugdportaal.gebeurtenissen.webhook.url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/gebeurtenissen",
                "jeugdportaal.gebeurtenissen.webhook.geheim", GEHEIM,
                "jeugdportaal.gebeurtenissen.webhook.interval", "1s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static List<Ontvangst> ontvangen() {
        return List.copyOf(ONTVANGEN);
    }

    /** The next {@code aantal} POSTs get a 500, as a receiver that is down. */
    public static void weigerDeVolgende(int aantal) {
        WEIGERINGEN.set(aantal);
    }

    private static void ontvang(HttpExchange uitwisseling) throws IOException {
        byte[] body = uitwisseling.getRequestBody().readAllBytes();
        String handtekening = uitwisseling.getRequestHeaders().getFirst("X-Jeugdportaal-Handtekening");
        boolean geldig = handtekening != null && MessageDigest.isEqual(
                handtekening.getBytes(StandardCharsets.US_ASCII), verwacht(body).getBytes(StandardCharsets.US_ASCII));
        int antwoord = WEIGERINGEN.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
        ONTVANGEN.add(new Ontvangst(new String(body, StandardCharsets.UTF_8), geldig,
                uitwisseling.getRequestHeaders().getFirst("Content-Type"), antwoord));
        uitwisseling.sendResponseHeaders(antwoord, -1);
        uitwisseling.close();
    }

    private static String verwacht(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(GEHEIM.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
