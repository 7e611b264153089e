package nl.jeugdportaal.web;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.jeugdportaal.registratie.Persoon;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one person may submit something (a verzoek, a klacht, a toestemming or machtiging)
 * per hour. A person who sends a form a hundred times by accident or by script must not fill the
 * jeugdbeschermer's work list. Only what was stored counts: the service that stores a submission
 * calls {@link #telMee} in its own transaction, so a refused or invalid form, or one that rolled
 * back, leaves no trace. The rows are in PostgreSQL, so every instance counts the same. The
 * window slides, so there is no burst at the turn of the hour. Withdrawing never counts and is
 * never refused: the limit must not keep anyone from taking back who may see their data.
 */
@ApplicationScoped
public class Indienlimiet {
    public static final Duration VENSTER = Duration.ofHours(1);

    /** The person reached the limit while the submission was being stored; the transaction rolls back. */
    public static final class TeVaak extends RuntimeException {
        TeVaak() {
            super("indienlimiet bereikt", null, false, false);
        }
    }

    private final Clock klok;
    private final int maxPerUur;

    @Inject
    public Indienlimiet(Clock klok, @ConfigProperty(name = "jeugdportaal.limiet.per-uur", defaultValue = "20") int maxPerUur) {
        this.klok = klok;
        this.maxPerUur = maxPerUur;
    }

    /** Whether this login has used up the hour: read before a form is handled, so a full hour costs no work. */
    @Transactional
    public boolean vol(String bsn) {
        Number aantal = (Number) Panache.getEntityManager().createNativeQuery(
                "select count(*) from indiening i join persoon p on p.id = i.persoon_id where p.bsn = ?1 and i.tijdstip > ?2")
                .setParameter(1, bsn).setParameter(2, klok.instant().minus(VENSTER)).getSingleResult();
        return aantal.intValue() >= maxPerUur;
    }

    /**
     * Counts one stored submission of {@code persoon}, in the caller's transaction. The advisory
     * lock makes two submissions of one person at the same moment, on two instances, count one
     * after the other, so the last one of the hour is refused on whichever instance it arrives.
     *
     * @throws TeVaak when the hour is already full (the caller's transaction then rolls back)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void telMee(Persoon persoon) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('indiening'), cast(?1 as int))")
                .setParameter(1, persoon.id.intValue()).getSingleResult();
        Instant nu = klok.instant();
        Number aantal = (Number) em.createNativeQuery(
                "select count(*) from indiening where persoon_id = ?1 and tijdstip > ?2")
                .setParameter(1, persoon.id).setParameter(2, nu.minus(VENSTER)).getSingleResult();
        if (aantal.intValue() >= maxPerUur) {
            throw new TeVaak();
        }
        em.createNativeQuery("insert into indiening (persoon_id, tijdstip) values (?1, ?2)")
                .setParameter(1, persoon.id).setParameter(2, nu).executeUpdate();
    }

    /** Rows past the window count for nothing any more; the daily job removes them. */
    @Transactional
    public int ruimOp() {
        return Panache.getEntityManager().createNativeQuery("delete from indiening where tijdstip <= ?1")
                .setParameter(1, klok.instant().minus(VENSTER)).executeUpdate();
    }

    public int maxPerUur() {
        return maxPerUur;
    }
}
