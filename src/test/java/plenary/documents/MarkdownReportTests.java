package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.documents.Document.Span.link;
import static plenary.documents.Document.Span.speaker;
import static plenary.documents.Document.Span.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.documents.Document.Section;

class MarkdownReportTests {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void smallReportIsTypesetExactly() {
        Section session = new Section(
                "sec_1__sec_1",
                "1.1",
                "Session 1: Energy",
                List.of(SeedReport.paragraph(
                        "sec_1__sec_1__para_1",
                        speaker("A Russian participant", "speaker_3"),
                        text(" gave a briefing on the gas pipe line."))),
                List.of());
        Section summary = new Section(
                "sec_1",
                "1",
                "Summary",
                List.of(
                        SeedReport.paragraph("sec_1__para_1", text("The meeting was held in Vladivostok.")),
                        SeedReport.paragraph(
                                "sec_1__para_2", text("See "), link("the next task", "#sec_2"), text("."))),
                List.of(session));
        Section nextTask = SeedReport.section(
                "sec_2", "2", "Next Task", SeedReport.paragraph("sec_2__para_1", text("Draft a memorandum.")));
        Document doc = new Document(
                "md-report",
                "Report of the Meeting",
                "November 14 2011, Vladivostok",
                LocalDate.of(2011, 11, 14),
                "A study group",
                "Draft version 3",
                SeedReport.SPEAKERS,
                List.of(summary, nextTask));

        assertThat(markdown(doc)).isEqualTo("""
                # Report of the Meeting

                November 14 2011, Vladivostok

                Draft version 3

                ## 1. Summary

                The meeting was held in Vladivostok.

                See [the next task](#sec_2).

                ### 1.1 Session 1: Energy

                A Russian participant gave a briefing on the gas pipe line.

                ## 2. Next Task

                Draft a memorandum.

                """);
    }

    @Test
    void markdownInTheTextIsEscaped() {
        String markdown = markdown(SeedReport.small(text("*Not* _emphasis_, `code`, <b>html</b> & [brackets] #tag")));

        assertThat(markdown)
                .contains("\\*Not\\* \\_emphasis\\_, \\`code\\`, \\<b\\>html\\</b\\> \\& \\[brackets\\] \\#tag\n\n");
    }

    @Test
    void paragraphThatWouldStartABlockIsEscaped() {
        assertThat(markdown(SeedReport.small(text("2011. A year of meetings"))))
                .contains("\n2011\\. A year of meetings\n");
        assertThat(markdown(SeedReport.small(text("- not a list")))).contains("\n\\- not a list\n");
        assertThat(markdown(SeedReport.small(text("> not a quote")))).contains("\n\\> not a quote\n");
        assertThat(markdown(SeedReport.small(text("# not a heading")))).contains("\n\\# not a heading\n");
    }

    @Test
    void lineBreaksInTheTextStayInTheParagraph() {
        assertThat(markdown(SeedReport.small(text("one\n\n# two\r\nthree")))).contains("\none \\# two three\n");
    }

    @Test
    void linkTargetIsKeptWhole() {
        String markdown = markdown(SeedReport.small(
                link("the paper [draft]", "https://example.org/a paper (v2).pdf"),
                link(" and not this", "javascript:alert(1)")));

        assertThat(markdown)
                .contains("[the paper \\[draft\\]](https://example.org/a%20paper%20%28v2%29.pdf) and not this")
                .doesNotContain("javascript");
    }

    private String markdown(Document doc) {
        return new String(typesetter.render(doc, DocumentFormat.MD), StandardCharsets.UTF_8);
    }
}
