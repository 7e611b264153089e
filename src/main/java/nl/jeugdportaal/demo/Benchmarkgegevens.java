package nl.jeugdportaal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Extra volume for scripts/benchmark only: many families with a dossier each, and one very long
 * dossier (Noor's, so the demo login sanne can open it). Off unless jeugdportaal.benchmark.gezinnen
 * is set; plain SQL with generate_series, because 1,000 families through the entities would make
 * the start-up time we measure mostly this loader.
 */
@ApplicationScoped
public class Benchmarkgegevens {
    private static final Logger LOG = Logger.getLogger(Benchmarkgegevens.class);

    @ConfigProperty(name = "jeugdportaal.benchmark.gezinnen", defaultValue = "0")
    int gezinnen;
    @ConfigProperty(name = "jeugdportaal.benchmark.stukken", defaultValue = "2000")
    int stukken;
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    /** After the demo families (default observer priority), since the long dossier is a demo dossier. */
    void opStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (gezinnen > 0) {
            vulAan();
            alsInGebruik();
        }
    }

    /**
     * A database in use has been vacuumed and analysed by autovacuum long ago; right after a bulk load
     * it has not, and the planner still thinks the tables are empty. The benchmark measures the first.
     */
    void alsInGebruik() {
        try (Connection verbinding = dataSource.getConnection(); Statement opdracht = verbinding.createStatement()) {
            opdracht.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("vacuum analyze na de benchmarkgegevens", e);
        }
    }

    @Transactional
    void vulAan() {
        // BSNs starting 80 (children) and 70 (parents) are not used by the demo families.
        long al = ((Number) em.createNativeQuery("select count(*) from persoon where bsn like '80%'").getSingleResult()).longValue();
        if (al > 0) {
            LOG.info("Benchmarkgegevens staan al in de database.");
            return;
        }
        sql("insert into persoon (bsn, voornaam, achternaam, geboortedatum) select '80' || lpad(g::text, 7, '0'),"
                + " 'Kind' || g, 'Meting', current_date - 3650 - g from generate_series(1, ?1) g", gezinnen);
        sql("insert into persoon (bsn, voornaam, achternaam, geboortedatum) select '70' || lpad(g::text, 7, '0'),"
                + " 'Ouder' || g, 'Meting', current_date - 14000 - g from generate_series(1, ?1) g", gezinnen);
        sql("insert into relatie (persoon_id, kind_id, soort, gezag, vanaf) select o.id, k.id, 'OUDER', true, k.geboortedatum"
                + " from persoon k join persoon o on o.bsn = '70' || substr(k.bsn, 3) where k.bsn like '80%'", null);
        sql("insert into dossier (kind_id, jeugdbeschermer_id, geopend) select k.id,"
                + " (select id from persoon where voornaam = 'Joost'), current_date - 300 from persoon k where k.bsn like '80%'", null);
        sql("insert into maatregel (dossier_id, soort, begindatum) select d.id, 'OTS', current_date - 300 from dossier d"
                + " join persoon k on k.id = d.kind_id where k.bsn like '80%'", null);
        sql("insert into stuk (dossier_id, datum, soort, auteur, titel, tekst) select d.id, current_date - (g % 700),"
                + " 'CONTACTMOMENT', 'Joost Mulder', 'Contactmoment ' || g,"
                + " 'Ik sprak met moeder en Noor. Het gaat beter op school. We spreken elkaar over twee weken weer.'"
                + " from dossier d join persoon k on k.id = d.kind_id, generate_series(1, ?1) g where k.voornaam = 'Noor'", stukken);
        LOG.infof("Benchmarkgegevens geladen: %d gezinnen en %d extra stukken bij Noor.", gezinnen, stukken);
    }

    private void sql(String opdracht, Integer aantal) {
        var query = em.createNativeQuery(opdracht);
        if (aantal != null) {
            query.setParameter(1, aantal);
        }
        query.executeUpdate();
    }
}
