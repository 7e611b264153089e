package nl.jeugdportaal.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. Right after the commit that stored a mail it tries that mail once
 * (so a person who just filed a request finds the mail at once); every minute it sends what is
 * due, which picks up failed tries and mails of an instance that stopped before sending. Each
 * mail is claimed with {@code FOR UPDATE SKIP LOCKED}, so two instances never send the same one.
 * A mail goes at least once: if the mail server accepted it and the database then failed before
 * marking it sent, it goes again.
 */
@ApplicationScoped
public class OutboxWorker {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    /** Enough mails per round to empty a normal day's backlog, few enough to keep one transaction short. */
    private static final int PER_RONDE = 50;
    static final Duration EERSTE_WACHTTIJD = Duration.ofMinutes(1);
    static final Duration LANGSTE_WACHTTIJD = Duration.ofHours(1);

    private final Mailer mailer;
    private final Instance<Bezorger> bezorgers;
    private final Clock clock;
    private final Counter verstuurd;
    private final Counter mislukt;

    @Inject
    OutboxWorker(Mailer mailer, Instance<Bezorger> bezorgers, Clock clock, MeterRegistry metrics) {
        this.mailer = mailer;
        this.bezorgers = bezorgers;
        this.clock = clock;
        this.verstuurd = metrics.counter("jeugdportaal.outbox.verstuurd");
        this.mislukt = metrics.counter("jeugdportaal.outbox.mislukt");
        Gauge.builder("jeugdportaal.outbox.wachtend", this, OutboxWorker::wachtend)
                .description("mails in the outbox not sent yet").register(metrics);
    }

    void naCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Geplaatst geplaatst) {
        QuarkusTransaction.requiringNew().run(() -> verstuur(OutboxMail.getEntityManager()
                .createQuery("from OutboxMail m where m.id = ?1 and m.verstuurdOp is null", OutboxMail.class)
                .setParameter(1, geplaatst.id())));
    }

    @Scheduled(identity = "outbox", every = "${jeugdportaal.outbox.interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verstuurWachtende() {
        QuarkusTransaction.requiringNew().run(() -> verstuur(OutboxMail.getEntityManager()
                .createQuery("from OutboxMail m where m.verstuurdOp is null and m.volgendePoging <= ?1 order by m.volgendePoging",
                        OutboxMail.class)
                .setParameter(1, clock.instant()).setMaxResults(PER_RONDE)));
    }

    private void verstuur(jakarta.persistence.TypedQuery<OutboxMail> welke) {
        List<OutboxMail> mails = welke.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2).getResultList();
        for (OutboxMail mail : mails) {
            mail.pogingen++;
            try {
                bezorg(mail);
                mail.verstuurdOp = clock.instant();
                mail.laatsteFout = null;
                verstuurd.increment();
            } catch (RuntimeException e) {
                mail.volgendePoging = clock.instant().plus(wachttijd(mail.pogingen));
                mail.laatsteFout = String.valueOf(e.getMessage());
                mislukt.increment();
                LOG.warnf("Mail %d niet verstuurd (poging %d), opnieuw na %s: %s", mail.id, mail.pogingen,
                        mail.volgendePoging, e.getMessage());
            }
        }
    }

    private void bezorg(OutboxMail bericht) {
        if (OutboxMail.MAIL.equals(bericht.soort)) {
            mailer.send(Mail.withText(bericht.aan, bericht.onderwerp, bericht.tekst));
            return;
        }
        bezorgers.stream().filter(b -> b.bezorgt(bericht.soort)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Geen bezorger voor " + bericht.soort))
                .bezorg(bericht);
    }

    /** Doubles after every failed try, from one minute up to an hour: a short outage costs minutes, a long one no flood. */
    public static Duration wachttijd(int pogingen) {
        Duration wacht = EERSTE_WACHTTIJD.multipliedBy(1L << Math.min(pogingen - 1, 10));
        return wacht.compareTo(LANGSTE_WACHTTIJD) > 0 ? LANGSTE_WACHTTIJD : wacht;
    }

    private double wachtend() {
        return QuarkusTransaction.requiringNew().call(() -> (double) OutboxMail.count("verstuurdOp is null"));
    }
}
