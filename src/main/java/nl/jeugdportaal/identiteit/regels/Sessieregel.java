package nl.jeugdportaal.identiteit.regels;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a request with a session cookie may go on. The cookie carries the tokens Keycloak issued;
 * the server's record of the session decides (DigiD's session rules; the security review replayed a
 * copied cookie after logout). A session ended at time T refuses every token issued before T; a
 * token issued after T comes from a new login in the same Keycloak session, which opens it again.
 */
public final class Sessieregel {
    /** DigiD's rule for the services behind it: 15 minutes without a request ends the session. */
    public static final Duration INACTIEF_NA = Duration.ofMinutes(15);
    /**
     * "Last seen" is written at most once a minute, so a page view costs a read, not a write; the
     * idle limit is then kept to within a minute.
     */
    public static final Duration BIJWERKEN_NA = Duration.ofMinutes(1);

    private Sessieregel() {
    }

    public enum Oordeel {
        /** Unknown session: the first request after a login; record it. */
        NIEUW,
        GELDIG,
        /** Valid; write the new "last seen". */
        GELDIG_BIJWERKEN,
        /** Ended before, but this token came from a login after the end: record it as open again. */
        HEROPEND,
        /** Ended (logout, account, or idle before): refused. */
        BEEINDIGD,
        /** Open, but idle too long: end it now and refuse. */
        INACTIEF
    }

    /**
     * @param laatstGezien the last request of the session, null when the server has no record yet
     * @param beeindigdOp when the session was ended, null while open
     * @param uitgegeven when Keycloak issued the token in the cookie
     */
    public static Oordeel beoordeel(Instant laatstGezien, Instant beeindigdOp, Instant uitgegeven, Instant nu) {
        if (laatstGezien == null) {
            return Oordeel.NIEUW;
        }
        if (beeindigdOp != null) {
            return uitgegeven.isAfter(beeindigdOp) ? Oordeel.HEROPEND : Oordeel.BEEINDIGD;
        }
        Duration stil = Duration.between(laatstGezien, nu);
        if (stil.compareTo(INACTIEF_NA) >= 0) {
            return Oordeel.INACTIEF;
        }
        return stil.compareTo(BIJWERKEN_NA) >= 0 ? Oordeel.GELDIG_BIJWERKEN : Oordeel.GELDIG;
    }

    public static boolean toegestaan(Oordeel oordeel) {
        return oordeel != Oordeel.BEEINDIGD && oordeel != Oordeel.INACTIEF;
    }
}
