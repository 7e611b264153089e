package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Wachten;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue #18, operations: a backup made with scripts/backup while the portal runs (and people keep
 * using it) restores into a fresh PostgreSQL server. Every row of every table that did not change
 * during the backup is back as it was; the access log, which only grows, is back whole as it stood
 * before the backup, with nothing in it that the portal never wrote. The restored server is then
 * restarted like any other, and holds the same.
 */
@QuarkusTest
class BackupTest {
    @Inject
    AgroalDataSource bron;

    @Test
    void eenBackupTijdensGebruikHerstelt() throws Exception {
        Path werk = Files.createTempDirectory("backup");
        String poortBron = String.valueOf(URI.create(ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class).substring(5)).getPort());
        String dataBron;
        Map<String, Set<String>> voor;
        try (Connection c = bron.getConnection()) {
            dataBron = eenWaarde(c, "show data_directory");
            voor = rijen(c);
        }

        AtomicBoolean bezig = new AtomicBoolean(true);
        AtomicInteger paginas = new AtomicInteger();
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        String dossier = "/dossier/" + Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        Thread gebruik = new Thread(() -> {
            // Someone keeps using the portal: every page writes its audit row and touches the session.
            while (bezig.get()) {
                sanne.open(dossier);
                paginas.incrementAndGet();
            }
        });
        gebruik.start();
        Wachten.tot(() -> paginas.get() > 0, "sanne is bezig");
        Path backup = werk.resolve("backup");
        try {
            run(Map.of("PG_POORT", poortBron), "scripts/backup", "maak", backup.toString(), dataBron);
        } finally {
            bezig.set(false);
            gebruik.join();
        }
        Map<String, Set<String>> na;
        try (Connection c = bron.getConnection()) {
            na = rijen(c);
        }

        Path data = werk.resolve("hersteld");
        run(Map.of(), "scripts/backup", "herstel", backup.toString(), data.toString());
        int poort = vrijePoort();
        String server = "source scripts/userns.sh && source scripts/postgres-server.sh && ";
        run(Map.of(), "bash", "-c", server + "pg_start '" + data + "' " + poort);
        try {
            assertHersteld(voor, na, poort);
            // The restored server is restarted like any other; it once refused its second start (folder open to all).
            run(Map.of(), "bash", "-c", server + "pg_stop '" + data + "' && pg_start '" + data + "' " + poort);
            assertHersteld(voor, na, poort);
        } finally {
            run(Map.of(), "bash", "-c", server + "pg_stop '" + data + "'");
        }
    }

    private static void assertHersteld(Map<String, Set<String>> voor, Map<String, Set<String>> na, int poort)
            throws SQLException {
        Map<String, Set<String>> hersteld;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + poort + "/postgres", "postgres", "")) {
            hersteld = rijen(c);
        }
        assertTrue(voor.size() > 20, "alle tabellen: " + voor.keySet());
        assertEquals(voor.keySet(), hersteld.keySet(), "dezelfde tabellen");
        voor.forEach((tabel, rijenVoor) -> {
            Set<String> onveranderd = new HashSet<>(rijenVoor);
            onveranderd.retainAll(na.get(tabel));
            Set<String> weg = new HashSet<>(onveranderd);
            weg.removeAll(hersteld.get(tabel));
            assertTrue(weg.isEmpty(), tabel + ": " + weg.size() + " rijen niet terug, zoals " + weg.stream().findFirst());
        });
        Set<String> log = hersteld.get("audit_regel");
        assertTrue(log.containsAll(voor.get("audit_regel")), "het hele log van voor de backup");
        assertTrue(na.get("audit_regel").containsAll(log), "geen logregel die het portaal niet schreef");
        assertTrue(na.get("audit_regel").size() > voor.get("audit_regel").size(), "tijdens de backup werd gelogd");
    }

    /** Per table of the schema (partitions through their parent): every row as text. */
    private static Map<String, Set<String>> rijen(Connection c) throws SQLException {
        List<String> tabellen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select c.relname from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema()"
                + " and c.relkind in ('r', 'p') and not c.relispartition")) {
            while (r.next()) {
                tabellen.add(r.getString(1));
            }
        }
        Map<String, Set<String>> rijen = new TreeMap<>();
        for (String tabel : tabellen) {
            Set<String> inhoud = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select t::text from \"" + tabel + "\" t")) {
                while (r.next()) {
                    inhoud.add(r.getString(1));
                }
            }
            rijen.put(tabel, inhoud);
        }
        return rijen;
    }

    private static String eenWaarde(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void run(Map<String, String> omgeving, String... opdracht) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(opdracht).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(omgeving);
        Process p = builder.start();
        String uit = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", opdracht));
        assertEquals(0, p.exitValue(), String.join(" ", opdracht) + "\n" + uit);
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
