package plenary.reports.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.Document.Speaker;

/**
 * Compiles a study group's dossier: the published reports of its meetings in order, a table of contents, and
 * links between meetings wherever a report speaks of another one ("presented at the second meeting" points to
 * that meeting's report). Works on the reports as published, edits included.
 */
public final class DossierComposer {

    private static final Pattern MEETING = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) meeting\\b");

    private DossierComposer() {}

    /** One meeting's published report, with its place in the series. */
    public record Published(int ordinal, Document report) {}

    public static Document compile(long studyGroupId, String studyGroupTitle, List<Published> reports) {
        return compile(studyGroupId, studyGroupTitle, reports, List.of());
    }

    /**
     * The dossier with the study group's published memoranda after the meetings' reports, a section each, headed
     * by its number, date and title, its paragraphs keeping their numbers.
     */
    public static Document compile(
            long studyGroupId, String studyGroupTitle, List<Published> reports, List<Document> memoranda) {
        Map<Integer, String> anchors =
                reports.stream().collect(Collectors.toMap(Published::ordinal, p -> "mtg_" + p.ordinal()));
        List<Section> sections = new ArrayList<>();
        Section contents = contents(reports);
        List<Paragraph> entries = new ArrayList<>(contents.paragraphs());
        for (int i = 0; i < memoranda.size(); i++) {
            entries.add(new Paragraph(
                    "contents__memo_" + (i + 1), List.of(Span.link(heading(memoranda.get(i)), "#memo_" + (i + 1)))));
        }
        sections.add(new Section(contents.eId(), contents.number(), contents.heading(), entries, List.of()));
        List<Speaker> speakers = new ArrayList<>();
        for (Published published : reports) {
            String prefix = "mtg_" + published.ordinal();
            published
                    .report()
                    .speakers()
                    .forEach(s -> speakers.add(new Speaker(prefix + "__" + s.eId(), s.label(), s.role())));
            List<Section> inner = published.report().contents().stream()
                    .map(s -> section(s, prefix, published.ordinal(), anchors))
                    .toList();
            sections.add(
                    new Section(prefix, Integer.toString(published.ordinal()), heading(published), List.of(), inner));
        }
        for (int i = 0; i < memoranda.size(); i++) {
            sections.add(memorandum("memo_" + (i + 1), memoranda.get(i)));
        }
        Document last =
                reports.isEmpty() ? null : reports.get(reports.size() - 1).report();
        return new Document(
                "study-group-" + studyGroupId + "-dossier",
                "Reports of the Meetings of the " + studyGroupTitle,
                memoranda.isEmpty() ? subtitle(reports) : subtitle(reports) + " and " + memoranda(memoranda.size()),
                last == null ? null : last.date(),
                studyGroupTitle,
                "Dossier of the published reports",
                speakers,
                sections);
    }

    private static Section contents(List<Published> reports) {
        List<Paragraph> entries = new ArrayList<>();
        for (Published published : reports) {
            entries.add(new Paragraph(
                    "contents__para_" + published.ordinal(),
                    List.of(Span.link(heading(published), "#mtg_" + published.ordinal()))));
        }
        if (entries.isEmpty()) {
            entries.add(new Paragraph(
                    "contents__para_0", List.of(Span.text("No report of this study group is published yet."))));
        }
        return new Section("contents", null, "Contents", entries, List.of());
    }

    private static String heading(Published published) {
        String meeting = Wording.capitalise(Wording.ordinal(published.ordinal())) + " meeting";
        String subtitle = published.report().subtitle();
        return subtitle == null ? meeting : meeting + ": " + subtitle;
    }

    /** "Memorandum no. 4, 2 July 2012: …": a published memorandum's status says its number and date. */
    private static String heading(Document memorandum) {
        return memorandum.status().isBlank() ? memorandum.title() : memorandum.status() + ": " + memorandum.title();
    }

    private static String memoranda(int count) {
        return count == 1 ? "one memorandum" : Wording.number(count) + " memoranda";
    }

    /** A published memorandum as a section of the dossier: its own sections inside, renamed into its namespace. */
    private static Section memorandum(String prefix, Document memorandum) {
        List<Section> inner =
                memorandum.contents().stream().map(s -> renamed(s, prefix)).toList();
        return new Section(prefix, null, heading(memorandum), List.of(), inner);
    }

    private static Section renamed(Section section, String prefix) {
        return new Section(
                prefix + "__" + section.eId(),
                section.number(),
                section.heading(),
                section.paragraphs().stream()
                        .map(p -> new Paragraph(prefix + "__" + p.eId(), p.number(), p.spans()))
                        .toList(),
                section.subsections().stream().map(s -> renamed(s, prefix)).toList());
    }

    private static String subtitle(List<Published> reports) {
        return reports.size() == 1 ? "One meeting" : Wording.capitalise(Wording.number(reports.size())) + " meetings";
    }

    private static Section section(Section section, String prefix, int ordinal, Map<Integer, String> anchors) {
        String number = section.number() == null ? null : ordinal + "." + section.number();
        List<Paragraph> paragraphs = section.paragraphs().stream()
                .map(p -> new Paragraph(prefix + "__" + p.eId(), link(p.spans(), prefix, ordinal, anchors)))
                .toList();
        List<Section> inner = section.subsections().stream()
                .map(s -> section(s, prefix, ordinal, anchors))
                .toList();
        return new Section(prefix + "__" + section.eId(), number, section.heading(), paragraphs, inner);
    }

    /** The spans with speakers renamed into the meeting's namespace and other meetings' mentions made links. */
    private static List<Span> link(List<Span> spans, String prefix, int ordinal, Map<Integer, String> anchors) {
        List<Span> linked = new ArrayList<>();
        for (Span span : spans) {
            if (span.speaker() != null) {
                linked.add(Span.speaker(span.text(), prefix + "__" + span.speaker()));
            } else if (span.href() != null) {
                linked.add(span);
            } else {
                linkMentions(span.text(), ordinal, anchors, linked);
            }
        }
        return linked;
    }

    private static void linkMentions(String text, int ordinal, Map<Integer, String> anchors, List<Span> into) {
        Matcher matcher = MEETING.matcher(text);
        int at = 0;
        while (matcher.find()) {
            int mentioned = ordinalOf(matcher.group(1));
            if (mentioned != ordinal && anchors.containsKey(mentioned)) {
                if (matcher.start() > at) {
                    into.add(Span.text(text.substring(at, matcher.start())));
                }
                into.add(Span.link(matcher.group(), "#" + anchors.get(mentioned)));
                at = matcher.end();
            }
        }
        if (at < text.length()) {
            into.add(Span.text(text.substring(at)));
        }
    }

    private static int ordinalOf(String word) {
        for (int n = 1; n <= 12; n++) {
            if (Wording.ordinal(n).equals(word)) {
                return n;
            }
        }
        return -1;
    }
}
