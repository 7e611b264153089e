package nl.jeugdportaal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which errors mean "the database is away for a moment" (calm 503 page) and which are a fault of the portal (500). */
class DatabasestoringTest {

    @Test
    void eenDatabaseDieNietAntwoordtOfOpnieuwStart() {
        PSQLException geweigerd = new PSQLException("Connection to localhost refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertTrue(Databasestoring.isOorzaakVan(new JDBCConnectionException("Unable to acquire JDBC Connection", geweigerd)));
        assertTrue(Databasestoring.isOorzaakVan(new RuntimeException(new PSQLException("weg", PSQLState.CONNECTION_FAILURE))));
        assertTrue(Databasestoring.isOorzaakVan(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(Databasestoring.isOorzaakVan(new SQLException("the database system is starting up", "57P03")));
        assertTrue(Databasestoring.isOorzaakVan(new SQLTransientConnectionException("weg")));
        assertTrue(Databasestoring.isOorzaakVan(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
    }

    @Test
    void eenFoutVanHetPortaalZelfBlijftEenFout() {
        assertFalse(Databasestoring.isOorzaakVan(new NullPointerException()));
        assertFalse(Databasestoring.isOorzaakVan(new ConstraintViolationException("dubbel",
                new SQLException("duplicate key value violates unique constraint", "23505"), "uk")));
        assertFalse(Databasestoring.isOorzaakVan(new SQLException("syntax error", "42601")));
        assertFalse(Databasestoring.isOorzaakVan(new SQLException("zonder toestand")));
    }
}
