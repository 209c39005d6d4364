package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.documents.Document;
import plenary.documents.DocumentFormat;

class ReportFormatTests {

    private static final Document REPORT = report("cscap-sg-mnsg-meeting-3-report");

    @Test
    void eachFormatHasItsMediaTypeAndFileName() {
        assertThat(DocumentFormat.HTML.mediaType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(DocumentFormat.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(DocumentFormat.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(DocumentFormat.MD.mediaType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(DocumentFormat.AKN.mediaType()).isEqualTo("application/akn+xml");

        assertThat(List.of(DocumentFormat.values()))
                .extracting(format -> format.fileName(REPORT))
                .containsExactly(
                        "cscap-sg-mnsg-meeting-3-report.html",
                        "cscap-sg-mnsg-meeting-3-report.pdf",
                        "cscap-sg-mnsg-meeting-3-report.docx",
                        "cscap-sg-mnsg-meeting-3-report.md",
                        "cscap-sg-mnsg-meeting-3-report.xml");
    }

    @Test
    void fileNameCarriesNothingAHeaderOrFileSystemWouldMisread() {
        assertThat(DocumentFormat.PDF.fileName(report("../report \"2\";\r\nX: y")))
                .isEqualTo("..-report--2----X--y.pdf");
    }

    @Test
    void formatIsReadFromARequestParameterInAnyCase() {
        assertThat(DocumentFormat.of("html")).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.of(" PDF ")).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of("Docx")).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.of("md")).isEqualTo(DocumentFormat.MD);
        assertThat(DocumentFormat.of("akn")).isEqualTo(DocumentFormat.AKN);
        assertThatThrownBy(() -> DocumentFormat.of("rtf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentFormat.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Document report(String id) {
        return new Document(id, "Title", null, LocalDate.of(2011, 11, 14), null, null, List.of(), List.of());
    }
}
