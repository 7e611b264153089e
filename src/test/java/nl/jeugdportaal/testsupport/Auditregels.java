package nl.jeugdportaal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.jeugdportaal.audit.AuditRegel;

/**
 * The access log as stored. The portal takes audit ids from one sequence in one JVM, so the rows
 * a request wrote are exactly those above the highest id read before it.
 */
@ApplicationScoped
public class Auditregels {
    @Inject
    EntityManager em;

    @Transactional
    public long hoogsteId() {
        return em.createQuery("select coalesce(max(a.id), 0) from AuditRegel a", Long.class).getSingleResult();
    }

    @Transactional
    public List<AuditRegel> na(long id) {
        return em.createQuery("select a from AuditRegel a where a.id > :id order by a.id", AuditRegel.class)
                .setParameter("id", id).getResultList();
    }

    @Transactional
    public AuditRegel regel(long id) {
        AuditRegel regel = em.find(AuditRegel.class, id);
        em.detach(regel);
        return regel;
    }

    @Transactional
    public long aantal() {
        return em.createQuery("select count(a) from AuditRegel a", Long.class).getSingleResult();
    }
}
