package plenary.reports.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading a report's Markdown back into headings and paragraphs. */
class ReportMarkdownTests {

    private static final String REPORT = """
            # Report of the Meeting

            9 November 2015, Seoul

            Draft

            ## 1\\. Summary

            The first meeting was held
            in Seoul.

            ### 1.1 Session I: Norms

            - A speaker argued that \\*norms\\* matter.
            - Another speaker agreed
              at length.
            """;

    @Test
    void headingsAndTitleBlockAreNotParagraphsOfTheBody() {
        ReportMarkdown report = ReportMarkdown.read(REPORT);

        assertThat(report.headings()).containsExactly("Report of the Meeting", "1. Summary", "1.1 Session I: Norms");
        assertThat(report.paragraphs())
                .containsExactly(
                        "The first meeting was held in Seoul.",
                        "A speaker argued that *norms* matter.",
                        "Another speaker agreed at length.");
        assertThat(report.text()).startsWith("Report of the Meeting\n9 November 2015, Seoul\nDraft\n1. Summary\n");
    }
}
