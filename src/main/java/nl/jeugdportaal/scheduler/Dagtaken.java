package nl.jeugdportaal.scheduler;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.jeugdportaal.herinnering.Herinneringen;
import nl.jeugdportaal.identiteit.Accounts;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import nl.jeugdportaal.web.Indienlimiet;
import org.jboss.logging.Logger;

/**
 * What the portal does once a day, early in the morning (Dutch time), before staff start work.
 * Quartz keeps the trigger in PostgreSQL and the instances share it, so with N instances this runs
 * on one of them; every task is idempotent as well, so a second run by hand sends nothing twice.
 * A new daily task is one more line in {@link #voerUit}.
 */
@ApplicationScoped
public class Dagtaken {
    private static final Logger LOG = Logger.getLogger(Dagtaken.class);

    @Inject
    Herinneringen herinneringen;
    @Inject
    Indienlimiet limiet;
    @Inject
    Accounts accounts;

    @Scheduled(identity = "dagtaken", cron = "${jeugdportaal.dagtaken.cron:0 0 6 * * ?}", timeZone = Tijdzone.NAAM,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void gepland(ScheduledExecution uitvoering) {
        // The planned moment names the run, so the logs of all instances show that each ran once.
        LOG.infof("Dagtaken gepland om %s, op deze instantie", uitvoering.getScheduledFireTime());
        voerUit();
    }

    public void voerUit() {
        int herinnerd = herinneringen.verstuur();
        int opgeruimd = limiet.ruimOp();
        int geblokkeerd = accounts.blokkeerBeeindigden();
        LOG.infof("Dagtaken: %d herinneringen verstuurd, %d oude indieningen opgeruimd, %d accounts geblokkeerd",
                herinnerd, opgeruimd, geblokkeerd);
    }
}
