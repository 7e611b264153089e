package nl.jeugdportaal.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The months of the access log (V80: one partition per month, in UTC). Months are made ahead, so
 * that a page view never waits for one; should the clock reach a month that is missing anyway (a
 * scheduler that did not run), the first row of that month makes it. A month past the retention
 * term is dropped whole: rows are never deleted one by one.
 */
@ApplicationScoped
public class AuditPartities {
    private static final Logger LOG = Logger.getLogger(AuditPartities.class);
    private static final String PREFIX = "audit_regel_";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    TransactionSynchronizationRegistry transacties;
    @ConfigProperty(name = "jeugdportaal.audit.maanden-vooruit", defaultValue = "3")
    int maandenVooruit;
    @ConfigProperty(name = "jeugdportaal.audit.bewaartermijn-maanden", defaultValue = "360")
    int bewaartermijnMaanden;

    /** Months this instance knows exist; another instance may make or drop one, hence the check in SQL. */
    private final Set<YearMonth> bekend = ConcurrentHashMap.newKeySet();

    void bijStart(@Observes StartupEvent start) {
        onderhoud();
    }

    /** For the daily scheduler: the months ahead, then the retention term. */
    @Transactional
    public void onderhoud() {
        maakVooruit();
        ruimOp();
    }

    /** Makes this month's partition and the {@code jeugdportaal.audit.maanden-vooruit} after it. */
    @Transactional
    public List<YearMonth> maakVooruit() {
        YearMonth nu = maand(clock.instant());
        List<YearMonth> maanden = new ArrayList<>();
        for (int i = 0; i <= maandenVooruit; i++) {
            YearMonth m = nu.plusMonths(i);
            maak(m);
            maanden.add(m);
        }
        return maanden;
    }

    /**
     * Drops every month that ended {@code jeugdportaal.audit.bewaartermijn-maanden} ago or longer
     * (DOMAIN: the dossier is kept up to 30 years, and its log as long). Returns the months dropped.
     */
    @Transactional
    public List<YearMonth> ruimOp() {
        return ruimOpVoor(maand(clock.instant()).minusMonths(bewaartermijnMaanden));
    }

    /** Drops the months before {@code eerste}, which is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<YearMonth> ruimOpVoor(YearMonth eerste) {
        List<YearMonth> weg = new ArrayList<>();
        for (YearMonth m : bestaand()) {
            if (m.isBefore(eerste)) {
                // DROP is DDL: the append-only triggers guard rows, and the term is the law's, not the application's choice.
                em.createNativeQuery("drop table " + naam(m)).executeUpdate();
                bekend.remove(m);
                weg.add(m);
                LOG.infof("Auditlog: maand %s verwijderd (bewaartermijn %d maanden)", m, bewaartermijnMaanden);
            }
        }
        return weg;
    }

    /** The months that have a partition, oldest first. */
    @Transactional
    public List<YearMonth> bestaand() {
        @SuppressWarnings("unchecked")
        List<String> namen = em.createNativeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent = 'audit_regel'::regclass order by c.relname").getResultList();
        return namen.stream().filter(n -> n.matches(PREFIX + "\\d{4}_\\d{2}"))
                .map(n -> YearMonth.of(Integer.parseInt(n.substring(12, 16)), Integer.parseInt(n.substring(17, 19))))
                .toList();
    }

    /** Called before every write: one map look-up, and one statement the first time a month is used. */
    @Transactional(Transactional.TxType.MANDATORY)
    void zorgVoor(Instant moment) {
        YearMonth m = maand(moment);
        if (!bekend.contains(m)) {
            maak(m);
        }
    }

    /** Known only once committed: a request that rolls back takes its new month with it. */
    private void maak(YearMonth m) {
        em.createNativeQuery("select audit_partitie(cast(:begin as timestamptz))")
                .setParameter("begin", m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString()).getSingleResult();
        transacties.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    bekend.add(m);
                }
            }
        });
    }

    static YearMonth maand(Instant moment) {
        return YearMonth.from(moment.atOffset(ZoneOffset.UTC));
    }

    static String naam(YearMonth m) {
        return PREFIX + String.format("%04d_%02d", m.getYear(), m.getMonthValue());
    }
}
