package plenary.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;

/**
 * Every text of a report in reading order (title, subtitle, status line, each heading and paragraph), each with its
 * eId and where it stands in words a rapporteur uses: "Title" or "Heading of Session 2" or "Session 2 paragraph 3"
 * (with a comma after the session).
 */
public final class DocumentTexts {

    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String STATUS = "status";
    private static final Pattern SESSION = Pattern.compile("^(Session \\d+)\\b");

    /** What a text is. */
    public enum Kind {
        TITLE,
        SUBTITLE,
        STATUS,
        HEADING,
        PARAGRAPH
    }

    /** One text of the report; a heading's eId is its section's. */
    public record Text(String eId, String location, Kind kind, String text) {}

    private DocumentTexts() {}

    public static List<Text> of(Document doc) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(TITLE, "Title", Kind.TITLE, doc.title()));
        if (doc.subtitle() != null) {
            texts.add(new Text(SUBTITLE, "Subtitle", Kind.SUBTITLE, doc.subtitle()));
        }
        if (doc.status() != null) {
            texts.add(new Text(STATUS, "Status line", Kind.STATUS, doc.status()));
        }
        sections(doc.contents(), texts);
        return texts;
    }

    /** The paragraphs alone, in reading order. */
    public static List<Text> paragraphs(Document doc) {
        return of(doc).stream().filter(t -> t.kind() == Kind.PARAGRAPH).toList();
    }

    /** Where the text with this eId stands, or null when the report has none. */
    public static @Nullable String location(Document doc, String eId) {
        return of(doc).stream()
                .filter(t -> t.eId().equals(eId))
                .map(Text::location)
                .findFirst()
                .orElse(null);
    }

    private static void sections(List<Section> sections, List<Text> texts) {
        for (Section section : sections) {
            String label = label(section);
            texts.add(new Text(section.eId(), "Heading of " + label, Kind.HEADING, section.heading()));
            int n = 0;
            for (Paragraph paragraph : section.paragraphs()) {
                texts.add(new Text(paragraph.eId(), label + ", paragraph " + ++n, Kind.PARAGRAPH, paragraph.text()));
            }
            sections(section.subsections(), texts);
        }
    }

    /** "Session 2" for a session's section, else its heading (shortened), else its number. */
    static String label(Section section) {
        String heading = section.heading() == null ? "" : section.heading().strip();
        Matcher session = SESSION.matcher(heading);
        if (session.find()) {
            return session.group(1);
        }
        if (heading.isEmpty()) {
            return "Section " + (section.number() == null ? section.eId() : section.number());
        }
        return heading.length() <= 60 ? heading : heading.substring(0, 57) + "…";
    }
}
