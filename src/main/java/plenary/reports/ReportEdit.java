package plenary.reports;

import java.util.Map;

/**
 * An edit of a report, saved as a new version: new texts for paragraphs and headings by their eIds (what is not
 * named stays as it was), optionally a new title and subtitle, a note saying why, and the number of the version it
 * was made on.
 */
public record ReportEdit(Integer version, String title, String subtitle, Map<String, String> headings,
        Map<String, String> paragraphs, String note) {

    public ReportEdit {
        headings = headings == null ? Map.of() : headings;
        paragraphs = paragraphs == null ? Map.of() : paragraphs;
    }
}
