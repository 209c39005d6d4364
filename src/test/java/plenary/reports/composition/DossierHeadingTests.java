package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.documents.Document;
import plenary.reports.composition.DossierComposer.Published;

/** How the dossier's contents name each meeting: by its report's subtitle, and without one by its number alone. */
class DossierHeadingTests {

    @Test
    void aMeetingIsListedWithItsReportsSubtitle() {
        assertThat(contentsOf(report("Vladivostok, 14 November 2011")))
                .containsExactly("Third meeting: Vladivostok, 14 November 2011");
    }

    @Test
    void aReportWhoseSubtitleWasBlankedIsListedByTheMeetingsNumberAlone() {
        assertThat(contentsOf(report(null))).containsExactly("Third meeting");
    }

    private static List<String> contentsOf(Document report) {
        Document dossier = DossierComposer.compile(1, "Study Group", List.of(new Published(3, report)));
        return dossier.contents().get(0).paragraphs().stream()
                .map(p -> p.spans().get(0).text())
                .toList();
    }

    private static Document report(String subtitle) {
        return new Document(
                "report",
                "Report of the Meeting",
                subtitle,
                LocalDate.of(2011, 11, 14),
                "CSCAP",
                "published",
                List.of(),
                List.of());
    }
}
