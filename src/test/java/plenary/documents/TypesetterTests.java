package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TypesetterTests {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void everyFormatGivesItsKindOfFile() {
        Document doc = SeedReport.vladivostok();

        assertThat(text(typesetter.render(doc, DocumentFormat.HTML))).startsWith("<!DOCTYPE html>");
        assertThat(text(typesetter.render(doc, DocumentFormat.PDF))).startsWith("%PDF-");
        assertThat(text(typesetter.render(doc, DocumentFormat.DOCX))).startsWith("PK");
        assertThat(text(typesetter.render(doc, DocumentFormat.MD))).startsWith("# " + SeedReport.TITLE + "\n");
        assertThat(text(typesetter.render(doc, DocumentFormat.AKN)))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<debateReport name=\"meetingReport\">");
    }

    @Test
    void emptyReportIsTypesetInEveryFormat() {
        Document empty =
                new Document("empty", "Nothing yet", null, LocalDate.of(2026, 1, 1), null, null, List.of(), List.of());

        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(typesetter.render(empty, format)).as(format.name()).isNotEmpty();
        }
    }

    @Test
    void reportsAreTypesetSideBySide() throws Exception {
        Document doc = SeedReport.vladivostok();
        byte[] alone = typesetter.render(doc, DocumentFormat.MD);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> pdfs = pool.invokeAll(List.of(
                    () -> typesetter.render(doc, DocumentFormat.PDF),
                    () -> typesetter.render(doc, DocumentFormat.PDF),
                    () -> typesetter.render(doc, DocumentFormat.MD)));
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
