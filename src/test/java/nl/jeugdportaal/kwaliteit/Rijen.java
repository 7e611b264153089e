package nl.jeugdportaal.kwaliteit;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdportaal.testsupport.Database;

/**
 * The number of rows per table, to show that a refused form saved nothing at all. The audit log
 * is left out: it records every page view, also the view of a refused form. So are Quartz's
 * tables: the scheduler writes them on its own while a job fires.
 */
final class Rijen {
    private Rijen() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Long> tel() {
        return Database.lees(() -> {
            Map<String, Long> aantallen = new TreeMap<>();
            List<String> tabellen = Panache.getEntityManager().createNativeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema()"
                            + " and table_type = 'BASE TABLE' and table_name not like '%audit%'"
                            + " and table_name not like 'flyway%' and table_name not like 'qrtz%'").getResultList();
            for (String tabel : tabellen) {
                aantallen.put(tabel, ((Number) Panache.getEntityManager()
                        .createNativeQuery("select count(*) from \"" + tabel + "\"").getSingleResult()).longValue());
            }
            return aantallen;
        });
    }
}
