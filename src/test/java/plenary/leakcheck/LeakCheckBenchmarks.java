package plenary.leakcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the leak check of a whole report takes: the seed's paragraphs, twice over (about 60 passages), against
 * 30 participants with a name in another script, an affiliation and an e-mail address each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LeakCheckBenchmarks {

    private static final String[] GIVEN = {
        "Olga", "Ivan", "Min-jun", "Ji-won", "Wei", "Hiroshi", "Mary", "Tomas", "Anh", "Sergei"
    };
    private static final String[] FAMILY = {
        "Ivanova", "Petrov", "Kim", "Park", "Wang", "Tanaka", "Brown", "Novak", "Nguyen", "Sokolov"
    };

    private List<Identity> identities;
    private List<Passage> passages;
    private LeakScreen screen;

    @Setup
    public void prepare() throws IOException {
        identities = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = GIVEN[i % 10] + " " + FAMILY[(i * 3) % 10] + (i >= 10 ? "-" + FAMILY[i % 10] : "");
            identities.add(Identity.named(name)
                    .alsoKnownAs("Иван Петров" + i)
                    .affiliatedWith("Institute of Studies " + i)
                    .reachableAt("person" + i + "@example.org"));
        }
        String seed;
        try (InputStream in = LeakCheckBenchmarks.class.getResourceAsStream("/seed/vladivostok-2011.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        passages = new ArrayList<>();
        String[] paragraphs = seed.split("\\n\\s*\\n");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < paragraphs.length; i++) {
                passages.add(new Passage("round " + round + ", paragraph " + (i + 1), paragraphs[i]));
            }
        }
        screen = LeakCheck.against(identities);
    }

    /** Checking every passage against an identity set compiled once per meeting. */
    @Benchmark
    public List<Leak> check() {
        return screen.check(passages);
    }

    /** Compiling the identity set and checking: what a publication costs from nothing. */
    @Benchmark
    public List<Leak> compileAndCheck() {
        return LeakCheck.against(identities).check(passages);
    }
}
