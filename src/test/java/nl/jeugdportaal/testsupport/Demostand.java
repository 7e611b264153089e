package nl.jeugdportaal.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.toestemming.Toestemmingsvraag;

/**
 * Tests that give and withdraw toestemmingen and machtigingen share the demo database with every
 * other test class of the run. This puts those tables back as they were, so the demo families stay
 * as README.md describes them whatever order the classes run in. The audit log keeps its rows: it
 * is append-only, for tests too.
 */
public final class Demostand {
    private final Instant begin;
    private final long toestemming;
    private final long machtiging;
    private final long vraag;

    private Demostand() {
        begin = Instant.now();
        toestemming = hoogsteId("Toestemming");
        machtiging = hoogsteId("Machtiging");
        vraag = hoogsteId("Toestemmingsvraag");
    }

    public static Demostand vastleggen() {
        return QuarkusTransaction.requiringNew().call(Demostand::new);
    }

    public void herstel() {
        QuarkusTransaction.requiringNew().run(() -> {
            Toestemmingsvraag.delete("id > ?1", vraag);
            Toestemming.delete("id > ?1", toestemming);
            Machtiging.delete("id > ?1", machtiging);
            Toestemming.update("ingetrokkenOp = null where ingetrokkenOp >= ?1", begin);
            Machtiging.update("ingetrokkenOp = null where ingetrokkenOp >= ?1", begin);
        });
    }

    private static long hoogsteId(String entiteit) {
        return Toestemming.getEntityManager()
                .createQuery("select coalesce(max(e.id), 0) from " + entiteit + " e", Long.class).getSingleResult();
    }
}
