package plenary.reports;

import java.util.Map;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * An edit of a report, saved as a new version: new texts for paragraphs and headings by their eIds (what is not
 * named stays as it was), optionally a new title and subtitle, a note saying why, and the number of the version it
 * was made on.
 */
public record ReportEdit(
        Integer version,
        @MaxLength(1000) @PlainText String title,
        @MaxLength(1000) @PlainText String subtitle,
        @MaxSize(1000) Map<@MaxLength(100) @PlainText String, @MaxLength(1000) @PlainText String> headings,
        @MaxSize(2000) Map<@MaxLength(100) @PlainText String, @MaxLength(20_000) @PlainText String> paragraphs,
        @MaxLength(500) @PlainText String note) {

    public ReportEdit {
        headings = headings == null ? Map.of() : headings;
        paragraphs = paragraphs == null ? Map.of() : paragraphs;
    }
}
