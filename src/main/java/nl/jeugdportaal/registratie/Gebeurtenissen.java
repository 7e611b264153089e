package nl.jeugdportaal.registratie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The event feed for the bronsysteem: what clients did in the portal. Each event is written by
 * the service that did it, in that same transaction ({@link #meld}), so none is lost and none
 * reports something that was rolled back.
 */
@ApplicationScoped
public class Gebeurtenissen {
    public static final int STANDAARD = 100;
    public static final int MAXIMUM = 1000;
    /** The feed's numbering: one reader at a time gives numbers, so they follow commit order. */
    private static final long NUMMERSLOT = 0x6765626575727465L;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** The kinds of the contract. */
    public enum Soort {
        VERZOEK_INGEDIEND, VERZOEK_BESLOTEN, EIGEN_VERKLARING, KLACHT_INGEDIEND, KLACHT_STAP, TOESTEMMING_GEGEVEN,
        TOESTEMMING_INGETROKKEN, MACHTIGING_GEGEVEN, MACHTIGING_INGETROKKEN, MENING_PLAN, FAMILIEGROEPSPLAN_KEUZE, JBT_INBRENG
    }

    public record Gebeurtenis(long volgnummer, String moment, String soort, String dossier, String persoon, String onderwerp) {
    }

    public record Pagina(List<Gebeurtenis> gebeurtenissen, long volgende) {
    }

    /**
     * Records that {@code persoon} did something about the dossier of {@code kind} (either may be
     * null: a machtiging is about no one dossier). {@code onderwerp} is the portal's JSON path of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meld(Soort soort, Long kindId, Long persoonId, String onderwerp) {
        em.createNativeQuery("insert into gebeurtenis (moment, soort, dossier_id, persoon_id, onderwerp)"
                + " values (:moment, :soort, (select d.id from dossier d where d.kind_id = :kind), nullif(:persoon, -1), :onderwerp)")
                .setParameter("moment", Timestamp.from(clock.instant()))
                .setParameter("soort", soort.name())
                .setParameter("kind", kindId == null ? -1L : kindId)
                .setParameter("persoon", persoonId == null ? -1L : persoonId)
                .setParameter("onderwerp", onderwerp)
                .executeUpdate();
    }

    /**
     * The events after {@code na}, oldest first. Numbers are given first ({@link #nummer}), so a
     * reader that continues from {@code volgende} misses nothing and sees nothing twice, however
     * long a transaction in the portal took to commit.
     */
    @Transactional
    public Pagina na(long na, int max) {
        nummer();
        List<Gebeurtenis> uit = genummerd(na, max);
        return new Pagina(uit, uit.isEmpty() ? na : uit.get(uit.size() - 1).volgnummer());
    }

    /**
     * Numbers the rows already committed, under one lock: a transaction that commits later always
     * gets a higher number. The lock lasts until the caller's transaction ends, so keep it short.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nummer() {
        em.createNativeQuery("select pg_advisory_xact_lock(:slot)").setParameter("slot", NUMMERSLOT).getSingleResult();
        em.createNativeQuery("update gebeurtenis g set volgnummer = n.nummer"
                + " from (select id, (select coalesce(max(volgnummer), 0) from gebeurtenis) + row_number() over (order by id) as nummer"
                + "       from gebeurtenis where volgnummer is null) n where g.id = n.id").executeUpdate();
    }

    /** The events already numbered after {@code na}, oldest first, as the feed shows them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Gebeurtenis> genummerd(long na, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("select g.volgnummer, cast(extract(epoch from g.moment) as bigint), g.soort, d.bron_id as dossier,"
                + " p.bron_id as persoon, g.onderwerp from gebeurtenis g left join dossier d on d.id = g.dossier_id"
                + " left join persoon p on p.id = g.persoon_id where g.volgnummer > :na order by g.volgnummer limit :max")
                .setParameter("na", na).setParameter("max", max).getResultList();
        return rijen.stream().map(r -> new Gebeurtenis(((Number) r[0]).longValue(),
                DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(((Number) r[1]).longValue())),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }
}
