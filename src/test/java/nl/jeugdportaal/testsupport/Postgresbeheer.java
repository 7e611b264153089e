package nl.jeugdportaal.testsupport;

import io.quarkus.hibernate.orm.panache.Panache;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the embedded PostgreSQL under the running portal, as an administrator
 * restarting the database would: with pg_ctl of the same zonky binaries, on the same data folder
 * and with the same server options (PostgreSQL keeps those in postmaster.opts).
 */
public final class Postgresbeheer {
    private static final Path LOG = Path.of("target/postgres-herstart.log");

    private final Path data;
    private final Path pgCtl;
    private final String opties;

    private Postgresbeheer(Path data) throws IOException {
        this.data = data;
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        Path postgres = Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "exe"));
        this.pgCtl = postgres.resolveSibling("pg_ctl");
        String laatsteStart = Files.readString(data.resolve("postmaster.opts")).strip();
        // The binary, then its arguments in shell quoting: "-D" "/tmp/..." "-p" "5542" "-c" "..."
        this.opties = laatsteStart.substring(laatsteStart.indexOf(" \"") + 1);
    }

    /** The database the portal under test uses, found through the portal's own connection. */
    public static Postgresbeheer vanHetPortaal() {
        String map = Database.lees(() -> (String) Panache.getEntityManager()
                .createNativeQuery("show data_directory").getSingleResult());
        try {
            return new Postgresbeheer(Path.of(map));
        } catch (IOException e) {
            throw new IllegalStateException("De embedded PostgreSQL in " + map + " is niet te vinden", e);
        }
    }

    /** Stops PostgreSQL as an administrator does ("fast": open connections are ended, nothing half written stays). */
    public void stop() {
        pgCtl("-m", "fast", "stop");
    }

    public void start() {
        pgCtl("-l", LOG.toAbsolutePath().toString(), "-o", opties, "start");
    }

    private void pgCtl(String... opdracht) {
        List<String> regel = new ArrayList<>(List.of(pgCtl.toString(), "-D", data.toString(), "-w", "-t", "60"));
        regel.addAll(List.of(opdracht));
        try {
            // Into the log file, not the test's own output: Surefire reads that as its channel.
            Process p = new ProcessBuilder(regel).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", opdracht) + " is mislukt, zie " + LOG);
            }
        } catch (IOException e) {
            throw new IllegalStateException("pg_ctl kon niet starten", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
