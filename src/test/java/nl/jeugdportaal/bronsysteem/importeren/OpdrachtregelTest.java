package nl.jeugdportaal.bronsysteem.importeren;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of scripts/import, before it contacts anything: a GI's file is never lost. */
class OpdrachtregelTest {

    @Test
    void deGeweigerdeRegelsKomenNaastHetBestand() {
        assertEquals("map/gezinnen.geweigerd.ndjson", Opdrachtregel.metGeweigerd("map/gezinnen.ndjson"));
        assertEquals("map.d/gezinnen.geweigerd", Opdrachtregel.metGeweigerd("map.d/gezinnen"));
    }

    @Test
    void hetBestandZelfAlsGeweigerdBestandWordtGeweigerdEnBlijftHeel(@TempDir Path map) throws Exception {
        Path bestand = map.resolve("gezinnen.ndjson");
        Files.write(bestand, List.of("{\"methode\": \"DELETE\", \"pad\": \"/dossiers/D-1/stukken/S-1\"}"));
        ByteArrayOutputStream fout = new ByteArrayOutputStream();

        int code = Opdrachtregel.voerUit(new String[] {"--geweigerd", bestand.toString(), bestand.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(fout, true, StandardCharsets.UTF_8));

        assertEquals(2, code);
        assertTrue(fout.toString(StandardCharsets.UTF_8).contains("ander bestand"));
        assertEquals(1, Files.readAllLines(bestand).size());
    }
}
