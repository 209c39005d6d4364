package plenary.reports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import plenary.reports.ReportDocument;
import plenary.reports.ReportFormat;

class ReportTypesetterTests {

    private final ReportTypesetter typesetter = new ReportTypesetter();

    @Test
    void everyFormatGivesItsKindOfFile() {
        ReportDocument doc = SeedReport.vladivostok();

        assertThat(text(typesetter.render(doc, ReportFormat.HTML))).startsWith("<!DOCTYPE html>");
        assertThat(text(typesetter.render(doc, ReportFormat.PDF))).startsWith("%PDF-");
        assertThat(text(typesetter.render(doc, ReportFormat.DOCX))).startsWith("PK");
        assertThat(text(typesetter.render(doc, ReportFormat.MD))).startsWith("# " + SeedReport.TITLE + "\n");
        assertThat(text(typesetter.render(doc, ReportFormat.AKN)))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<debateReport name=\"meetingReport\">");
    }

    @Test
    void emptyReportIsTypesetInEveryFormat() {
        ReportDocument empty = new ReportDocument(
                "empty", "Nothing yet", null, LocalDate.of(2026, 1, 1), null, null, List.of(), List.of());

        for (ReportFormat format : ReportFormat.values()) {
            assertThat(typesetter.render(empty, format)).as(format.name()).isNotEmpty();
        }
    }

    @Test
    void reportsAreTypesetSideBySide() throws Exception {
        ReportDocument doc = SeedReport.vladivostok();
        byte[] alone = typesetter.render(doc, ReportFormat.MD);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> pdfs = pool.invokeAll(List.of(
                    () -> typesetter.render(doc, ReportFormat.PDF),
                    () -> typesetter.render(doc, ReportFormat.PDF),
                    () -> typesetter.render(doc, ReportFormat.MD)));
            assertThat(text(pdfs.get(0).get())).startsWith("%PDF-");
            assertThat(text(pdfs.get(1).get())).startsWith("%PDF-");
            assertThat(pdfs.get(2).get()).isEqualTo(alone);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void formatMustBeGiven() {
        assertThatThrownBy(() -> typesetter.render(SeedReport.vladivostok(), null))
                .isInstanceOf(NullPointerException.class);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
