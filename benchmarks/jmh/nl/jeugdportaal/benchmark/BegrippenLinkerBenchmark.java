package nl.jeugdportaal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.jeugdportaal.begrippen.BegrippenLinker;
import nl.jeugdportaal.web.Taal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What linking the glossary terms adds to one page view: the linker on a dossier page of 25 stukken
 * ({@code benchmarks/jmh/dossierpagina.html}: Noor's page 1 as Sanne sees it in the demo, as Qute
 * renders it before the filter; some 200 terms to link). The demo stukken hold more terms than the
 * generated stukken of the load test, so this is the dearer case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BegrippenLinkerBenchmark {
    private String pagina;

    @Setup
    public void lees() throws IOException {
        pagina = Files.readString(Path.of("benchmarks/jmh/dossierpagina.html"));
    }

    @Benchmark
    public String nederlands() {
        return BegrippenLinker.standaard().link(pagina, Taal.NL, "Uitleg in de begrippenlijst");
    }

    @Benchmark
    public String engels() {
        return BegrippenLinker.standaard().link(pagina, Taal.EN, "Explanation in the glossary");
    }
}
