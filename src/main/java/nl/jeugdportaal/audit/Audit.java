package nl.jeugdportaal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Writes the access log. Every read of dossier data, every refusal and every change passes here,
 * in the same transaction as the work it records, so there is no view without its log line.
 */
@ApplicationScoped
public class Audit {
    @Inject
    Clock clock;

    /** Who acts: the logged-in person, in which role, and for whom when acting on a machtiging. */
    public record Actor(Long persoonId, String rol, Long namensId) {
    }

    /** One event about the data of several persons becomes one row per person. */
    public record Gebeurtenis(Actie actie, Uitkomst uitkomst, Long dossierId, Long stukId, String regel,
            String toelichting, Collection<Long> betreft) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, List<Gebeurtenis> gebeurtenissen) {
        Instant nu = clock.instant();
        for (Gebeurtenis g : gebeurtenissen) {
            for (Long betreft : g.betreft().isEmpty() ? Collections.<Long>singletonList(null) : g.betreft()) {
                AuditRegel regel = new AuditRegel();
                regel.tijdstip = nu;
                regel.actorId = actor.persoonId();
                regel.actorRol = actor.rol();
                regel.namensId = actor.namensId();
                regel.betreftId = betreft;
                regel.dossierId = g.dossierId();
                regel.stukId = g.stukId();
                regel.actie = g.actie();
                regel.uitkomst = g.uitkomst();
                regel.regel = g.regel();
                regel.toelichting = g.toelichting() == null ? null
                        : g.toelichting().substring(0, Math.min(1000, g.toelichting().length()));
                regel.persist();
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, Gebeurtenis gebeurtenis) {
        schrijf(actor, List.of(gebeurtenis));
    }
}
