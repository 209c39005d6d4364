package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTests {

    private static final ReportDocument REPORT = report("cscap-sg-mnsg-meeting-3-report");

    @Test
    void eachFormatHasItsMediaTypeAndFileName() {
        assertThat(ReportFormat.HTML.mediaType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(ReportFormat.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(ReportFormat.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(ReportFormat.MD.mediaType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(ReportFormat.AKN.mediaType()).isEqualTo("application/akn+xml");

        assertThat(List.of(ReportFormat.values()))
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
        assertThat(ReportFormat.PDF.fileName(report("../report \"2\";\r\nX: y")))
                .isEqualTo("..-report--2----X--y.pdf");
    }

    @Test
    void formatIsReadFromARequestParameterInAnyCase() {
        assertThat(ReportFormat.of("html")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.of(" PDF ")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.of("Docx")).isEqualTo(ReportFormat.DOCX);
        assertThat(ReportFormat.of("md")).isEqualTo(ReportFormat.MD);
        assertThat(ReportFormat.of("akn")).isEqualTo(ReportFormat.AKN);
        assertThatThrownBy(() -> ReportFormat.of("rtf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportFormat.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ReportDocument report(String id) {
        return new ReportDocument(id, "Title", null, LocalDate.of(2011, 11, 14), null, null, List.of(), List.of());
    }
}
