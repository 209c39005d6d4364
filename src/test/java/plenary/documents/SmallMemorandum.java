package plenary.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;

/**
 * Memoranda as the drafting module makes them (a preamble, then numbered sections of numbered paragraphs, each
 * paragraph under the key it keeps), for the redline tests: a hand-made pair of versions and a builder for others.
 */
final class SmallMemorandum {

    static final String TITLE = "Memorandum on Security Governance in Northeast Asia";
    static final String PREAMBLE = "The Study Group met in Vladivostok in November 2011.";

    private SmallMemorandum() {}

    /** Version 1 of the pair. */
    static Document older() {
        return memorandum(
                TITLE,
                section(
                        "findings",
                        "Findings",
                        "para_1",
                        "The Six Party Talks remain the only forum where all six sit together.",
                        "para_2",
                        "Energy cooperation offers a start."),
                section(
                        "recommendations",
                        "Recommendations",
                        "para_3",
                        "Governments should revive the Six Party Talks.",
                        "para_4",
                        "A regional energy dialogue should be convened.",
                        "para_5",
                        "The Study Group should meet again in 2012."));
    }

    /**
     * Version 2: paragraph 1.2 removed, 2.2 moved to the first section (1.2), 2.1 edited, a paragraph added at
     * the end, the second heading rewritten.
     */
    static Document newer() {
        return memorandum(
                TITLE,
                section(
                        "findings",
                        "Findings",
                        "para_1",
                        "The Six Party Talks remain the only forum where all six sit together.",
                        "para_4",
                        "A regional energy dialogue should be convened."),
                section(
                        "recommendations",
                        "Recommendations & next steps",
                        "para_3",
                        "Governments should revive the Six Party Talks without delay.",
                        "para_5",
                        "The Study Group should meet again in 2012.",
                        "para_6",
                        "Meetings should include Mongolia & Canada."));
    }

    /** A section: its key, its heading, then each paragraph's key and text. Numbers are set by {@link #memorandum}. */
    static Section section(String key, String heading, String... keysAndTexts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            paragraphs.add(new Paragraph(keysAndTexts[i], List.of(Span.text(keysAndTexts[i + 1]))));
        }
        return new Section(key, null, heading, paragraphs, List.of());
    }

    /** The memorandum with this title, the preamble, and these sections numbered as drafting numbers them. */
    static Document memorandum(String title, Section... sections) {
        List<Section> contents = new ArrayList<>();
        contents.add(new Section(
                "preamble",
                null,
                "Preamble",
                List.of(new Paragraph("preamble__para_1", List.of(Span.text(PREAMBLE)))),
                List.of()));
        for (int s = 0; s < sections.length; s++) {
            Section section = sections[s];
            List<Paragraph> numbered = new ArrayList<>();
            for (int p = 0; p < section.paragraphs().size(); p++) {
                Paragraph paragraph = section.paragraphs().get(p);
                numbered.add(new Paragraph(paragraph.eId(), (s + 1) + "." + (p + 1), paragraph.spans()));
            }
            contents.add(new Section(section.eId(), String.valueOf(s + 1), section.heading(), numbered, List.of()));
        }
        return new Document(
                "memorandum-1",
                title,
                null,
                LocalDate.of(2012, 3, 1),
                "CSCAP Study Group on Multilateral Security Governance in Northeast Asia",
                "Draft",
                List.of(),
                contents);
    }
}
