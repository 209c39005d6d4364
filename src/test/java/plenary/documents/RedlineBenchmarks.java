package plenary.documents;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
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
 * How long the redline of two versions of a long memorandum takes (200 paragraphs, some 15,000 words, a tenth of
 * the paragraphs edited and five moved): the whole redline, moves found, against a plain word-level diff of the two
 * whole texts by java-diff-utils, in the same run. Target: under 20 ms, and within 1.5 times the plain diff.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RedlineBenchmarks {

    private Document older;
    private Document newer;
    private String olderText;
    private String newerText;

    @Setup
    public void prepare() {
        GeneratedMemorandum memorandum = GeneratedMemorandum.generate(8);
        older = memorandum.older();
        newer = memorandum.newer();
        olderText = GeneratedMemorandum.text(older);
        newerText = GeneratedMemorandum.text(newer);
    }

    /** The whole redline: paragraphs matched by key, moves found, changed paragraphs compared word by word. */
    @Benchmark
    public DocumentRedline redline() {
        return Redlines.ofDocuments(1, older, 2, newer);
    }

    /** A plain word-level diff of the two whole texts, tokenised as the redline tokenises them. */
    @Benchmark
    public Patch<String> plainWordDiff() {
        return DiffUtils.diff(Redlines.tokens(olderText), Redlines.tokens(newerText));
    }
}
