package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plenary.documents.DocxRevisions.All;
import plenary.documents.DocxRevisions.Revision;

/**
 * The tracked-changes DOCX as LibreOffice reads it: converted headless (Debian's {@code libreoffice-writer-nogui})
 * to a DOCX of its own, whose changes, accepted or rejected, still give the newer or the older version, moves still
 * moves, each signed as before. Where LibreOffice is missing the test is skipped on a developer's machine, but fails
 * in CI, which {@code .ci/run} provisions.
 */
class TrackedChangesInLibreOfficeTests {

    private static @Nullable String soffice;

    @TempDir
    static Path dir;

    @BeforeEach
    void findLibreOffice() {
        soffice = onPath("soffice");
        if (soffice == null) {
            if (System.getenv("CI") != null) {
                fail("LibreOffice (soffice) is not installed, and CI needs it (.ci/run installs it)");
            }
            Assumptions.abort("LibreOffice is not installed here (.ci/run installs it)");
        }
    }

    @Test
    void libreOfficeKeepsTheInsertionsDeletionsAndMovesWithTheirAuthorAndDate() throws Exception {
        Files.write(dir.resolve("pair.docx"), TrackedChangesTests.pair());
        Files.write(dir.resolve("moved.docx"), TrackedChangesTests.movedAndEdited());
        convert("pair.docx", "moved.docx");

        DocxRevisions pair = new DocxRevisions(Files.readAllBytes(dir.resolve("out/pair.docx")));
        assertThat(pair.lines(All.ACCEPTED)).isEqualTo(TrackedChangesTests.NEWER);
        assertThat(pair.lines(All.REJECTED)).isEqualTo(TrackedChangesTests.OLDER);
        assertThat(pair.texts("moveFrom")).containsExactly("A regional energy dialogue should be convened.");
        assertThat(pair.texts("moveTo")).containsExactly("A regional energy dialogue should be convened.");
        assertThat(pair.all("moveFromRangeStart")).extracting(Revision::name).containsExactly("move1");
        assertThat(pair.all("moveToRangeStart")).extracting(Revision::name).containsExactly("move1");
        // LibreOffice joins changes that touch ("1.2 " and the words after it), so look for the words within them.
        assertThat(pair.texts("ins")).anySatisfy(t -> assertThat(t).contains("without delay"));
        assertThat(pair.texts("ins")).anySatisfy(t -> assertThat(t).contains("& next steps"));
        assertThat(pair.texts("delText")).anySatisfy(t -> assertThat(t).contains("Energy cooperation offers a start."));
        for (String kind : List.of("ins", "del", "moveFrom", "moveTo")) {
            assertThat(pair.all(kind)).isNotEmpty().allSatisfy(mark -> {
                assertThat(mark.author()).isEqualTo(TrackedChangesTests.AUTHOR);
                assertThat(mark.date()).isEqualTo("2012-03-01T10:15:30Z");
            });
        }

        DocxRevisions moved = new DocxRevisions(Files.readAllBytes(dir.resolve("out/moved.docx")));
        assertThat(moved.lines(All.ACCEPTED)).endsWith("2. B", "2.1 Three.", "2.2 Two new words there.");
        assertThat(moved.lines(All.REJECTED)).endsWith("1.1 One.", "1.2 Two words here.", "2. B", "2.1 Three.");
    }

    /** Converts the files in {@link #dir} to DOCX in {@code out/}, with a profile of its own and a time limit. */
    private static void convert(String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Objects.requireNonNull(soffice),
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                dir.resolve("out").toString()));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not convert within 180 s");
        }
        String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log).isZero();
        for (String file : files) {
            assertThat(dir.resolve("out").resolve(file)).as(log).isRegularFile();
        }
    }

    private static @Nullable String onPath(String program) {
        String path = System.getenv("PATH");
        for (String entry : (path == null ? "/usr/bin" : path).split(File.pathSeparator)) {
            File candidate = new File(entry, program);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
