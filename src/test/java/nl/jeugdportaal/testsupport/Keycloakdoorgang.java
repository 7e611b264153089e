package nl.jeugdportaal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A door in front of the test Keycloak: a plain TCP relay on its own port. A portal configured
 * with {@link #REALM_URL} (and the browser it sends there) reaches the real Keycloak through it;
 * {@link #sluit()} makes Keycloak unreachable for them exactly as a stopped Keycloak is (connection
 * refused, open connections cut), while every other test keeps using Keycloak itself. Reopening
 * takes milliseconds, where a real Keycloak restart takes half a minute on a busy machine.
 */
public final class Keycloakdoorgang implements AutoCloseable {
    /** Next to the test Keycloak's port, so parallel runs with their own Keycloak port do not meet. */
    public static final int POORT = KeycloakTestResource.POORT + 5;
    public static final String REALM_URL = "http://127.0.0.1:" + POORT + "/realms/jeugdportaal";

    private final Set<Socket> verbindingen = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket luisteraar;

    /** Lets connections through to Keycloak; does nothing when the door is open already. */
    public synchronized void open() {
        if (luisteraar != null) {
            return;
        }
        ServerSocket socket;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), POORT));
        } catch (IOException e) {
            throw new IllegalStateException("Poort " + POORT + " voor de Keycloak-doorgang is bezet", e);
        }
        luisteraar = socket;
        achtergrond("keycloakdoorgang", () -> accepteer(socket));
    }

    /** Keycloak is "down": new connections are refused, open ones are cut. */
    public synchronized void sluit() {
        if (luisteraar == null) {
            return;
        }
        stil(luisteraar);
        luisteraar = null;
        verbindingen.forEach(Keycloakdoorgang::stil);
        verbindingen.clear();
    }

    @Override
    public void close() {
        sluit();
    }

    private void accepteer(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket browser = socket.accept();
                Socket keycloak = new Socket(InetAddress.getLoopbackAddress(), KeycloakTestResource.POORT);
                verbindingen.add(browser);
                verbindingen.add(keycloak);
                pomp(browser, keycloak);
                pomp(keycloak, browser);
            } catch (IOException e) {
                // closed by sluit(), or Keycloak itself refused: the caller sees a refused or cut connection
            }
        }
    }

    private void pomp(Socket van, Socket naar) {
        achtergrond("keycloakdoorgang-pomp", () -> {
            try (InputStream in = van.getInputStream(); OutputStream uit = naar.getOutputStream()) {
                in.transferTo(uit);
            } catch (IOException e) {
                // the other side closed, or sluit() cut the connection
            } finally {
                stil(van);
                stil(naar);
                verbindingen.remove(van);
                verbindingen.remove(naar);
            }
        });
    }

    private static void achtergrond(String naam, Runnable werk) {
        Thread draad = new Thread(werk, naam);
        draad.setDaemon(true);
        draad.start();
    }

    private static void stil(AutoCloseable bron) {
        try {
            bron.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
