package nl.jeugdportaal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port, for a portal that sends real mail
 * instead of filling the mock mailbox. {@link #ontvangen} reads what arrived.
 */
public class Mailserver implements QuarkusTestResourceLifecycleManager {
    private static GreenMail server;
    private static int poort;

    @Override
    public Map<String, String> start() {
        poort = vrijePoort();
        server = new GreenMail(new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(poort), "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Where the server listens, for another sender than the portal (Keycloak's invitations). */
    public static int poort() {
        return poort;
    }

    /** Stops accepting mail (the port closes), as a mail server that is down. */
    public static void stopTijdelijk() {
        server.stop();
    }

    public static void weerAan() {
        server.start();
    }

    public static List<MimeMessage> ontvangen(String aan) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(aan));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String tekst(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String onderwerp(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int vrijePoort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
