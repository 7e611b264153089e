package nl.jeugdportaal.identiteit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.jeugdportaal.identiteit.regels.Sessieregel;
import nl.jeugdportaal.identiteit.regels.Sessieregel.Oordeel;

/**
 * The server-side record of every portal session, in PostgreSQL so every instance sees the same:
 * a logout or a disabled account on one instance refuses the cookie on all of them at once.
 */
@ApplicationScoped
public class Sessieregister {
    @Inject
    Clock clock;

    /**
     * Records this request of the session and says whether it may go on ({@link Sessieregel}). A page
     * view within the minute only reads, without a transaction of its own; a change is judged again
     * inside one, so two instances that see the same session at once still write one answer.
     */
    public Oordeel controleer(String sid, String subject, Instant uitgegeven) {
        // PostgreSQL keeps microseconds and rounds the rest: "now" at that precision, or a "last seen"
        // rounded up makes fifteen idle minutes count as a few nanoseconds less.
        Instant nu = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Oordeel oordeel = oordeel(Sessie.findById(sid), uitgegeven, nu);
        if (oordeel == Oordeel.GELDIG || oordeel == Oordeel.BEEINDIGD) {
            return oordeel;
        }
        return QuarkusTransaction.joiningExisting().call(() -> schrijf(sid, subject, uitgegeven, nu));
    }

    private static Oordeel oordeel(Sessie sessie, Instant uitgegeven, Instant nu) {
        return sessie == null ? Oordeel.NIEUW : Sessieregel.beoordeel(sessie.laatstGezien, sessie.beeindigdOp, uitgegeven, nu);
    }

    private static Oordeel schrijf(String sid, String subject, Instant uitgegeven, Instant nu) {
        Sessie sessie = Sessie.findById(sid);
        Oordeel oordeel = oordeel(sessie, uitgegeven, nu);
        switch (oordeel) {
            case NIEUW -> open(sid, subject, nu);
            case HEROPEND -> {
                sessie.beeindig(null, null);
                sessie.begonnen = nu;
                sessie.laatstGezien = nu;
            }
            case GELDIG_BIJWERKEN -> sessie.laatstGezien = nu;
            case INACTIEF -> sessie.beeindig(nu, Sessie.Reden.INACTIEF);
            case GELDIG, BEEINDIGD -> {
                // judged again in the transaction: another request wrote it in between
            }
        }
        return oordeel;
    }

    /** Ends one session (a logout, here or through Keycloak's back channel). */
    @Transactional
    public void beeindig(String sid, String subject) {
        Instant nu = clock.instant();
        Sessie sessie = Sessie.findById(sid);
        if (sessie == null) {
            // Ended before the portal saw a request of it: record it ended, so it never opens.
            open(sid, subject, nu);
            sessie = Sessie.findById(sid);
        }
        if (sessie.beeindigdOp == null) {
            sessie.beeindig(nu, Sessie.Reden.UITGELOGD);
        }
    }

    /** Two instances may see a session's first requests at the same moment: the first one records it. */
    private static void open(String sid, String subject, Instant nu) {
        Sessie.getEntityManager().createNativeQuery("insert into sessie (sid, subject, begonnen, laatst_gezien)"
                + " values (:sid, :subject, :nu, :nu) on conflict (sid) do nothing")
                .setParameter("sid", sid).setParameter("subject", subject).setParameter("nu", nu)
                .executeUpdate();
    }

    /** Ends every open session of one Keycloak account: it was disabled, or its password reset. */
    @Transactional
    public int beeindigAlles(String subject) {
        return Sessie.update("beeindigdOp = ?1, reden = ?2 where subject = ?3 and beeindigdOp is null",
                clock.instant(), Sessie.Reden.ACCOUNT, subject);
    }
}
