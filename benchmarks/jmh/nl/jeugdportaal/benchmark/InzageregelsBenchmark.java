package nl.jeugdportaal.benchmark;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Situatie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Decisions per second of the access rules, the work done for every stuk on a dossier page. Three
 * situations that take different paths through the rules: a parent with gezag of a young child,
 * a parent who needs a 16-year-old's toestemming, and a stuk that also concerns someone else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InzageregelsBenchmark {
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 22);
    private final Inzageregels regels = new Inzageregels();
    private final Situatie jong = gezin(LocalDate.of(2017, 5, 1)).build();
    private final Situatie zestien = gezin(LocalDate.of(2009, 5, 1)).ouder("vader", "kind", true).build();

    private static Situatie.Builder gezin(LocalDate kind) {
        return Situatie.builder()
                .persoon("kind", kind, "Noor")
                .persoon("moeder", LocalDate.of(1985, 1, 1), "Sanne")
                .persoon("vader", LocalDate.of(1984, 2, 2), "Mark")
                .persoon("oma", LocalDate.of(1958, 3, 3), "Ria")
                .ouder("moeder", "kind", true);
    }

    @Benchmark
    public Besluit ouderMetGezagJongKind() {
        return regels.beslis(jong, "moeder", Set.of("kind"), false, VANDAAG);
    }

    @Benchmark
    public Besluit zestienjarigeZonderToestemming() {
        return regels.beslis(zestien, "moeder", Set.of("kind"), false, VANDAAG);
    }

    @Benchmark
    public Besluit stukOverKindEnOma() {
        return regels.beslis(jong, "moeder", Set.of("kind", "oma"), false, VANDAAG);
    }
}
