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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes the access log. Every read of dossier data, every refusal and every change passes here,
 * in the same transaction as the work it records, so there is no view without its log line.
 * One event is one row, whatever the number of persons or stukken it touched: a page view is one
 * {@link Bezoek}, any other event one {@link Gebeurtenis}.
 */
@ApplicationScoped
public class Audit {
    private static final String INSERT = "insert into audit_regel (tijdstip, actor_id, actor_rol, actor_client, namens_id,"
            + " dossier_id, actie, uitkomst, regel, toelichting, betreft, betreft_geweigerd, stukken, stuk_regels,"
            + " geweigerd, geweigerd_regels) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    AuditPartities partities;

    /**
     * Who acts: the logged-in person, in which role, and for whom when acting on a machtiging; or a
     * system (a client of the registratie API), named by its client id.
     */
    public record Actor(Long persoonId, String rol, Long namensId, String client) {
        public Actor(Long persoonId, String rol, Long namensId) {
            this(persoonId, rol, namensId, null);
        }

        /** A system that acts with its own credentials, such as a bronsysteem of the registratie API. */
        public static Actor systeem(String clientId, String rol) {
            return new Actor(null, rol, null, clientId);
        }
    }

    /** One event about the data of the persons in {@code betreft}: one row. */
    public record Gebeurtenis(Actie actie, Uitkomst uitkomst, Long dossierId, Long stukId, String regel,
            String toelichting, Collection<Long> betreft) {

        /** An event about one thing, named in the toelichting by its {@link Onderwerp}. */
        public static Gebeurtenis over(Onderwerp onderwerp, Actie actie, Uitkomst uitkomst, Long dossierId, Long stukId,
                String regel, Collection<Long> betreft) {
            return new Gebeurtenis(actie, uitkomst, dossierId, stukId, regel, onderwerp.tekst(), betreft);
        }

        /** An event about one thing outside any dossier, such as a toestemming or a machtiging. */
        public static Gebeurtenis over(Onderwerp onderwerp, Actie actie, Uitkomst uitkomst, Collection<Long> betreft) {
            return over(onderwerp, actie, uitkomst, null, null, null, betreft);
        }
    }

    /**
     * One page view: the stukken it showed and those it refused, each with the rule that decided,
     * as one row. {@code betreft} are the persons whose data the page showed (the child of the
     * dossier, and the subjects of every stuk shown); the subjects of refused stukken are kept
     * apart, for the FG.
     */
    public static final class Bezoek {
        private final Actie actie;
        private final Long dossierId;
        private final Set<Long> betreft = new LinkedHashSet<>();
        private final Set<Long> alleenGeweigerd = new LinkedHashSet<>();
        private final List<Long> stukken = new ArrayList<>();
        private final List<String> stukRegels = new ArrayList<>();
        private final List<Long> geweigerd = new ArrayList<>();
        private final List<String> geweigerdRegels = new ArrayList<>();

        private final boolean pagina;

        private Bezoek(Actie actie, Long dossierId, Collection<Long> betreft, boolean pagina) {
            this.actie = actie;
            this.dossierId = dossierId;
            this.betreft.addAll(betreft);
            this.pagina = pagina;
        }

        /**
         * A page that was opened, whatever it showed: logged as {@code actie}, allowed. {@code betreft}:
         * whose data the page shows whatever its stukken, such as the child of the dossier.
         */
        public static Bezoek pagina(Actie actie, Long dossierId, Collection<Long> betreft) {
            return new Bezoek(actie, dossierId, betreft, true);
        }

        /**
         * A look at chosen stukken (for a kopie, a correctie): logged as {@code actie}, or as
         * {@link Actie#STUK_GEWEIGERD} when it showed nothing and refused something.
         */
        public static Bezoek stukken(Actie actie, Long dossierId) {
            return new Bezoek(actie, dossierId, List.of(), false);
        }

        public Bezoek gezien(Long stukId, String regel, Collection<Long> over) {
            stukken.add(stukId);
            stukRegels.add(regel);
            betreft.addAll(over);
            return this;
        }

        /**
         * A stuk shown in part (its delen, DOMAIN §2 rule 10): shown, about the persons of the shown
         * delen; the persons of the withheld delen are kept apart, as for a refusal.
         */
        public Bezoek deels(Long stukId, String regel, Collection<Long> gezienOver, Collection<Long> achtergehoudenOver) {
            gezien(stukId, regel, gezienOver);
            alleenGeweigerd.addAll(achtergehoudenOver);
            return this;
        }

        public Bezoek geweigerd(Long stukId, String regel, Collection<Long> over) {
            geweigerd.add(stukId);
            geweigerdRegels.add(regel);
            alleenGeweigerd.addAll(over);
            return this;
        }


        private boolean isWeigering() {
            return !pagina && stukken.isEmpty() && !geweigerd.isEmpty();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, List<Gebeurtenis> gebeurtenissen) {
        Rijen rijen = new Rijen();
        gebeurtenissen.forEach(rijen::voegToe);
        schrijf(actor, rijen);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, Gebeurtenis gebeurtenis) {
        schrijf(actor, List.of(gebeurtenis));
    }

    /** A page is logged always; a look at chosen stukken only when it judged at least one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(Actor actor, Bezoek bezoek) {
        Rijen rijen = new Rijen();
        if (bezoek.pagina || !bezoek.stukken.isEmpty() || !bezoek.geweigerd.isEmpty()) {
            rijen.voegToe(bezoek);
        }
        schrijf(actor, rijen);
    }

    private void schrijf(Actor actor, Rijen rijen) {
        if (rijen.rijen.isEmpty()) {
            return;
        }
        Instant nu = clock.instant();
        partities.zorgVoor(nu);
        em.unwrap(Session.class).doWork(verbinding -> rijen.schrijf(verbinding, Timestamp.from(nu), actor));
    }

    private record Rij(Long dossierId, Actie actie, Uitkomst uitkomst, String regel, String toelichting,
            Collection<Long> betreft, Collection<Long> betreftGeweigerd, List<Long> stukken, List<String> stukRegels,
            List<Long> geweigerd, List<String> geweigerdRegels) {
    }

    /** The rows of one call, sent as one JDBC batch: one round trip, however many rows. */
    private static final class Rijen {
        final List<Rij> rijen = new ArrayList<>();

        void voegToe(Gebeurtenis g) {
            boolean weigering = g.uitkomst() == Uitkomst.GEWEIGERD;
            List<Long> stuk = g.stukId() == null ? List.of() : List.of(g.stukId());
            List<String> regel = g.stukId() == null ? List.of() : Collections.singletonList(g.regel());
            rijen.add(new Rij(g.dossierId(), g.actie(), g.uitkomst(), g.regel(), g.toelichting(), g.betreft(), List.of(),
                    weigering ? List.of() : stuk, weigering ? List.of() : regel,
                    weigering ? stuk : List.of(), weigering ? regel : List.of()));
        }

        void voegToe(Bezoek b) {
            Set<Long> alleenGeweigerd = new LinkedHashSet<>(b.alleenGeweigerd);
            alleenGeweigerd.removeAll(b.betreft);
            boolean weigering = b.isWeigering();
            rijen.add(new Rij(b.dossierId, weigering ? Actie.STUK_GEWEIGERD : b.actie,
                    weigering ? Uitkomst.GEWEIGERD : Uitkomst.TOEGESTAAN, null, null, b.betreft, alleenGeweigerd,
                    b.stukken, b.stukRegels, b.geweigerd, b.geweigerdRegels));
        }

        void schrijf(Connection verbinding, Timestamp nu, Actor actor) throws SQLException {
            try (PreparedStatement insert = verbinding.prepareStatement(INSERT)) {
                for (Rij r : rijen) {
                    insert.setTimestamp(1, nu);
                    zet(insert, 2, actor.persoonId());
                    insert.setString(3, actor.rol());
                    insert.setString(4, actor.client());
                    zet(insert, 5, actor.namensId());
                    zet(insert, 6, r.dossierId());
                    insert.setString(7, r.actie().name());
                    insert.setString(8, r.uitkomst().name());
                    insert.setString(9, r.regel());
                    insert.setString(10, r.toelichting() == null ? null
                            : r.toelichting().substring(0, Math.min(1000, r.toelichting().length())));
                    insert.setArray(11, verbinding.createArrayOf("bigint", zonderLeeg(r.betreft())));
                    insert.setArray(12, verbinding.createArrayOf("bigint", zonderLeeg(r.betreftGeweigerd())));
                    insert.setArray(13, verbinding.createArrayOf("bigint", r.stukken().toArray()));
                    insert.setArray(14, verbinding.createArrayOf("varchar", r.stukRegels().toArray()));
                    insert.setArray(15, verbinding.createArrayOf("bigint", r.geweigerd().toArray()));
                    insert.setArray(16, verbinding.createArrayOf("varchar", r.geweigerdRegels().toArray()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private static Object[] zonderLeeg(Collection<Long> ids) {
            return ids.stream().filter(Objects::nonNull).distinct().toArray();
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
