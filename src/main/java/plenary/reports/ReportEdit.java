package plenary.reports;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * An edit of a report, saved as a new version: new texts for paragraphs and headings by their eIds (what is not
 * named stays as it was), optionally a new title and subtitle, a note saying why, and the number of the version it
 * was made on.
 */
public record ReportEdit(
        @Nullable Integer version,
        @MaxLength(1000) @PlainText @Nullable String title,
        @MaxLength(1000) @PlainText @Nullable String subtitle,
        @MaxSize(1000) Map<@MaxLength(100) @PlainText String, @MaxLength(1000) @PlainText String> headings,
        @MaxSize(2000) Map<@MaxLength(100) @PlainText String, @MaxLength(20_000) @PlainText String> paragraphs,
        @MaxLength(500) @PlainText @Nullable String note) {

    // A client may leave the maps out: they are never null once the edit is made.
    public ReportEdit {
        headings = headings == null ? Map.of() : headings;
        paragraphs = paragraphs == null ? Map.of() : paragraphs;
    }
}
