package plenary.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import plenary.imports.ImportedRecord;

/**
 * How long the import of the seed takes, warm and without a database: its text taken from the uploaded bytes
 * (plain text, and the same report as a DOCX) and read into a draft record against the demo's register of
 * institutions. Run with
 * {@code ./mvnw -q test-compile exec:exec -Dbenchmarks=plenary.imports.internal.ImportBenchmarks}; figures in
 * BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ImportBenchmarks {

    private byte[] text;
    private byte[] docx;
    private ReportReading reading;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ImportBenchmarks.class.getResourceAsStream("/imports/reports/vladivostok-2011.txt")) {
            text = Objects.requireNonNull(in).readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String paragraph : ReportText.of(text).split("\\n\\s*\\n")) {
                document.createParagraph().createRun().setText(paragraph.strip());
            }
            document.write(out);
        }
        docx = out.toByteArray();
        reading = new ReportReading(DemoRegister.register());
    }

    @Benchmark
    public ImportedRecord seedAsText() {
        return reading.read(ReportText.of(text));
    }

    @Benchmark
    public ImportedRecord seedAsDocx() {
        return reading.read(ReportText.of(docx));
    }
}
