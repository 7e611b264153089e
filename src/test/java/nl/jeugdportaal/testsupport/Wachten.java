package nl.jeugdportaal.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for something that happens after the answer: mail the outbox sends after the commit. */
public final class Wachten {
    /** Far longer than the outbox needs on a busy 2-core machine. */
    private static final Duration GEDULD = Duration.ofSeconds(20);

    private Wachten() {
    }

    public static void tot(BooleanSupplier klaar, String wat) {
        Instant tot = Instant.now().plus(GEDULD);
        while (!klaar.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(tot), wat);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static void opMails(String aan, int aantal) {
        tot(() -> Mailserver.ontvangen(aan).size() >= aantal, aantal + " mails aan " + aan);
    }
}
