package nl.jeugdportaal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one person may submit something (a verzoek, a toestemming or machtiging change) per
 * hour. A person who sends a form a hundred times by accident or by script must not fill the
 * jeugdbeschermer's work list. Kept in memory: after a restart everyone starts at zero, which is
 * acceptable for a guard against floods (not a legal limit). The window slides, so there is no
 * burst at the turn of the hour.
 */
@ApplicationScoped
public class Indienlimiet {
    static final Duration VENSTER = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> pogingen = new ConcurrentHashMap<>();
    private final Clock klok;
    private final int maxPerUur;

    @Inject
    public Indienlimiet(Clock klok, @ConfigProperty(name = "jeugdportaal.limiet.per-uur", defaultValue = "20") int maxPerUur) {
        this.klok = klok;
        this.maxPerUur = maxPerUur;
    }

    /** Counts one submission of this person; false when the person already reached the limit (then nothing is counted). */
    public boolean telMee(String persoon) {
        Instant nu = klok.instant();
        Deque<Instant> tijden = pogingen.computeIfAbsent(persoon, p -> new ArrayDeque<>());
        synchronized (tijden) {
            while (!tijden.isEmpty() && !tijden.peekFirst().isAfter(nu.minus(VENSTER))) {
                tijden.pollFirst();
            }
            if (tijden.size() >= maxPerUur) {
                return false;
            }
            tijden.addLast(nu);
            return true;
        }
    }

    public int maxPerUur() {
        return maxPerUur;
    }
}
