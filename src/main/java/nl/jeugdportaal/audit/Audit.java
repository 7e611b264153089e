package nl.jeugdportaal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes the access log. Every read of dossier data, every refusal and every change passes here,
 * in the same transaction as the work it records, so there is no view without its log line.
 */
@ApplicationScoped
public class Audit {
    /**
     * All rows of one call in one statement: a dossier page logs 25 stukken or more, and one entity
     * per row made Hibernate's bookkeeping the largest cost of the page.
     */
    private static final String INSERT = "insert into audit_regel (tijdstip, actor_id, actor_rol, namens_id,"
            + " betreft_id, dossier_id, stuk_id, actie, uitkomst, regel, toelichting)"
            + " select ?, ?, ?, ?, r.betreft, r.dossier, r.stuk, r.actie, r.uitkomst, r.regel, r.toelichting"
            + " from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
            + " with ordinality as r(betreft, dossier, stuk, actie, uitkomst, regel, toelichting, volgorde)"
            + " order by r.volgorde";

    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** Who acts: the logged-in person, in which role, and for whom when acting on a machtiging. */
    public record Actor(Long persoonId, String rol, Long namensId) {
    }

    /** One event about the data of several persons becomes one row per person. */
    public record Gebeurtenis(Actie actie, Uitkomst uitkomst, Long dossierId, Long stukId, String regel,
            String toelichting, Collection<Long> betreft) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, List<Gebeurtenis> gebeurtenissen) {
        Rijen rijen = new Rijen();
        for (Gebeurtenis g : gebeurtenissen) {
            for (Long betreft : g.betreft().isEmpty() ? Collections.<Long>singletonList(null) : g.betreft()) {
                rijen.voegToe(betreft, g);
            }
        }
        if (rijen.betreft.isEmpty()) {
            return;
        }
        Timestamp nu = Timestamp.from(clock.instant());
        em.unwrap(Session.class).doWork(verbinding -> rijen.schrijf(verbinding, nu, actor));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, Gebeurtenis gebeurtenis) {
        schrijf(actor, List.of(gebeurtenis));
    }

    /** The rows as columns, for {@code unnest}. */
    private static final class Rijen {
        final List<Long> betreft = new ArrayList<>();
        final List<Long> dossier = new ArrayList<>();
        final List<Long> stuk = new ArrayList<>();
        final List<String> actie = new ArrayList<>();
        final List<String> uitkomst = new ArrayList<>();
        final List<String> regel = new ArrayList<>();
        final List<String> toelichting = new ArrayList<>();

        void voegToe(Long betreftId, Gebeurtenis g) {
            betreft.add(betreftId);
            dossier.add(g.dossierId());
            stuk.add(g.stukId());
            actie.add(g.actie().name());
            uitkomst.add(g.uitkomst().name());
            regel.add(g.regel());
            toelichting.add(g.toelichting() == null ? null
                    : g.toelichting().substring(0, Math.min(1000, g.toelichting().length())));
        }

        void schrijf(Connection verbinding, Timestamp nu, Actor actor) throws SQLException {
            try (PreparedStatement insert = verbinding.prepareStatement(INSERT)) {
                insert.setTimestamp(1, nu);
                zet(insert, 2, actor.persoonId());
                insert.setString(3, actor.rol());
                zet(insert, 4, actor.namensId());
                insert.setArray(5, verbinding.createArrayOf("bigint", betreft.toArray()));
                insert.setArray(6, verbinding.createArrayOf("bigint", dossier.toArray()));
                insert.setArray(7, verbinding.createArrayOf("bigint", stuk.toArray()));
                insert.setArray(8, verbinding.createArrayOf("varchar", actie.toArray()));
                insert.setArray(9, verbinding.createArrayOf("varchar", uitkomst.toArray()));
                insert.setArray(10, verbinding.createArrayOf("varchar", regel.toArray()));
                insert.setArray(11, verbinding.createArrayOf("varchar", toelichting.toArray()));
                insert.executeUpdate();
            }
        }

        private static void zet(PreparedStatement insert, int plaats, Long waarde) throws SQLException {
            if (waarde == null) {
                insert.setNull(plaats, Types.BIGINT);
            } else {
                insert.setLong(plaats, waarde);
            }
        }
    }
}
