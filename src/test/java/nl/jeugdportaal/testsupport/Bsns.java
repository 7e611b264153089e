package nl.jeugdportaal.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdportaal.bronsysteem.regels.Bsn;

/** Fresh BSNs that pass the elfproef, from a range the demo data does not use. */
public final class Bsns {
    private static final AtomicInteger VOLGENDE = new AtomicInteger(555_000_000);

    private Bsns() {
    }

    public static String nieuw() {
        while (true) {
            String kandidaat = String.valueOf(VOLGENDE.getAndIncrement());
            if (Bsn.isGeldig(kandidaat)) {
                return kandidaat;
            }
        }
    }
}
