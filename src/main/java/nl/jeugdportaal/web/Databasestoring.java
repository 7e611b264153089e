package nl.jeugdportaal.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Recognises an error that means "PostgreSQL cannot be reached right now" (stopped, restarting,
 * not answering), as opposed to a fault in the portal. Such an error passes: the pool checks each
 * connection before use, so the first request after the database is back works again.
 */
final class Databasestoring {
    /** PostgreSQL's "operator intervention" states: shut down by an administrator, after a crash, still starting up. */
    private static final Set<String> HERSTART = Set.of("57P01", "57P02", "57P03");
    /** SQL state class 08: connection exception (refused, broken, lost). */
    private static final String VERBINDING = "08";

    private Databasestoring() {
    }

    static boolean isOorzaakVan(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (isVerbindingsfout(sql.getSQLState())
                    // Agroal: no connection came free in time, because none could be made or all hang.
                    || sql.getCause() instanceof TimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbindingsfout(String sqlState) {
        return sqlState != null && (sqlState.startsWith(VERBINDING) || HERSTART.contains(sqlState));
    }
}
