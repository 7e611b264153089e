package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: two portal instances behind HAProxy (scripts/cluster, round robin, no sticky
 * sessions) on one PostgreSQL and one Keycloak. A login made on one instance works on the other;
 * a toestemming withdrawn on one is refused on the other at the next request; the daily job,
 * scheduled on both every few seconds here, runs each planned moment on one instance only.
 * Runs after the package phase (failsafe), because it starts built portals.
 */
class ClusterIT {
    private static final int LB = 8785;
    private static final List<Integer> INSTANTIES = List.of(8786, 8787);
    private static final String BASIS = "http://localhost:" + LB;
    private static final String STUK_OVER_ELIF = "Evaluatie plaatsing gezinshuis";
    private static final Pattern GEPLAND = Pattern.compile("Dagtaken gepland om ([0-9T:.\\-+Z\\[\\]/A-Za-z_]+)");
    private static Path werk;

    @BeforeAll
    static void start() throws Exception {
        werk = Files.createTempDirectory("cluster-it");
        werk.toFile().setWritable(true, false);
        assertEquals(0, cluster("start"), "scripts/cluster start");
    }

    @AfterAll
    static void stop() throws Exception {
        cluster("stop");
    }

    private static int cluster(String opdracht) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("scripts/cluster", opdracht).directory(new File(System.getProperty("user.dir")))
                .inheritIO().redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.put("CLUSTER_POORT", String.valueOf(LB));
        env.put("INSTANTIES", INSTANTIES.get(0) + " " + INSTANTIES.get(1));
        env.put("KC_PORT", "8788");
        env.put("PG_POORT", String.valueOf(vrijePoort()));
        env.put("CLUSTER_DATA", werk.resolve("postgres").toString());
        env.put("CLUSTER_RUN", werk.resolve("run").toString());
        // Every ten seconds instead of once a day, on both instances.
        env.put("JEUGDPORTAAL_DAGTAKEN_CRON", "0/10 * * * * ?");
        Process p = pb.start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "scripts/cluster " + opdracht + " duurt te lang");
        return p.exitValue();
    }

    private static String instantie(int poort) {
        return "http://localhost:" + poort;
    }

    @Test
    void eenOuderLogtInOpDeEneInstantieEnGaatDoorOpDeAndere() {
        Inlogsessie sanne = Inlogsessie.als(BASIS, "sanne");
        Set<String> instanties = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> start = sanne.open("/start");
            assertEquals(200, start.statusCode());
            assertTrue(start.body().contains("Welkom, Sanne de Vries"), start.body());
            instanties.add(start.headers().firstValue("X-Instantie").orElse("?"));
        }
        assertEquals(Set.of("portaal1", "portaal2"), instanties, "round robin: beide instanties kenden de sessie");
    }

    @Test
    void eenToestemmingIngetrokkenOpDeEneWordtGeweigerdOpDeAndere() {
        Inlogsessie ayse = Inlogsessie.als(BASIS, "ayse");
        Inlogsessie elif = Inlogsessie.als(BASIS, "elif");
        String dossier = dossierVanElif(elif);
        assertTrue(ayse.via(instantie(INSTANTIES.get(1))).open(dossier).body().contains(STUK_OVER_ELIF),
                "met de toestemming ziet Ayşe het stuk");

        Inlogsessie elifOpA = elif.via(instantie(INSTANTIES.get(0)));
        String pagina = elifOpA.open("/toestemming").body();
        Matcher intrekken = Pattern.compile("action=\"(/toestemming/\\d+/intrekken)\"").matcher(pagina);
        assertTrue(intrekken.find(), pagina);
        HttpResponse<String> ingetrokken = elifOpA.post(intrekken.group(1), Map.of());
        assertTrue(Html.tekst(ingetrokken.body()).contains("De toestemming is ingetrokken."), ingetrokken.body());

        String daarna = Html.tekst(ayse.via(instantie(INSTANTIES.get(1))).open(dossier).body());
        assertFalse(daarna.contains(STUK_OVER_ELIF), "de andere instantie weigert het stuk meteen");
        assertTrue(daarna.contains("toestemming van Elif nodig"), daarna);
    }

    private static String dossierVanElif(Inlogsessie elif) {
        Matcher m = Pattern.compile("href=\"(/dossier/\\d+)\"").matcher(elif.open("/start").body());
        assertTrue(m.find(), "Elif ziet haar dossier op de startpagina");
        return m.group(1);
    }

    @Test
    void deDagtaakLooptPerGeplandMomentOpEenInstantie() throws Exception {
        Instant tot = Instant.now().plus(Duration.ofSeconds(90));
        List<String> momenten = List.of();
        while (Instant.now().isBefore(tot)) {
            momenten = gepland();
            if (momenten.size() >= 4) {
                break;
            }
            Thread.sleep(2000);
        }
        assertTrue(momenten.size() >= 4, "de dagtaak liep: " + momenten);
        assertEquals(Set.copyOf(momenten).size(), momenten.size(), "geen moment twee keer: " + momenten);
    }

    /** The planned moments the daily job ran for, from the logs of both instances together. */
    private static List<String> gepland() throws IOException {
        List<String> momenten = new java.util.ArrayList<>();
        for (int poort : INSTANTIES) {
            Matcher m = GEPLAND.matcher(Files.readString(werk.resolve("run").resolve("portaal-" + poort + ".log")));
            while (m.find()) {
                momenten.add(m.group(1));
            }
        }
        return momenten;
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
