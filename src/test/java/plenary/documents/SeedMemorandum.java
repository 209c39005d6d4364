package plenary.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plenary.documents.Document.Alternative;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.drafting.MemorandumText;

/**
 * A memorandum for the typesetting tests, drafted as the drafting module drafts one: a preamble and two sections of
 * two numbered paragraphs each. Its text cannot yet hold a reservation or bracketed text, so the document it gives
 * has one of each put in, as the model carries them.
 */
final class SeedMemorandum {

    static final String ID = "cscap-sg-mnsg-memorandum";
    static final String TITLE = "Memorandum on Multilateral Security Governance in Northeast Asia";
    static final String PREAMBLE = "The Study Group met three times, in Seoul, Beijing and Vladivostok.";
    static final String AUTHOR = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";
    static final LocalDate BEGUN = LocalDate.of(2012, 3, 15);
    static final LocalDate DATE = LocalDate.of(2012, 5, 1);
    static final String RESERVATION = "CSCAP China reserves its position on this paragraph.";

    private SeedMemorandum() {}

    /** para_1 (1.1) and para_2 (1.2) on security; para_3 (2.1) and para_4 (2.2) on energy. */
    static MemorandumText text() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("sec_security", "Security");
        headings.put("sec_energy", "Energy");
        return MemorandumText.of(TITLE, PREAMBLE, headings)
                .insert("sec_security", null, "para_1", "Resume the Six Party Talks.")
                .insert("sec_security", "para_1", "para_2", "Hold the talks' working groups between sessions.")
                .insert("sec_energy", null, "para_3", "Hold a regional energy dialogue.")
                .insert("sec_energy", "para_3", "para_4", "Create a nuclear safety mechanism.");
    }

    /** The text's document, para_3 with a reservation as its footnote and para_4 bracketed, as the model has them. */
    static Document document(MemorandumText text, String status) {
        Document doc = text.document(ID, DATE, AUTHOR, status);
        List<Section> sections = new ArrayList<>();
        for (Section section : doc.contents()) {
            sections.add(new Section(
                    section.eId(),
                    section.number(),
                    section.heading(),
                    section.paragraphs().stream().map(SeedMemorandum::annotated).toList(),
                    section.subsections()));
        }
        return new Document(
                doc.id(),
                doc.title(),
                doc.subtitle(),
                doc.date(),
                doc.author(),
                doc.status(),
                doc.speakers(),
                sections);
    }

    static Document document() {
        return document(text(), "Version 2");
    }

    private static Paragraph annotated(Paragraph paragraph) {
        return switch (paragraph.eId()) {
            case "para_3" ->
                new Paragraph(
                        paragraph.eId(),
                        paragraph.number(),
                        List.of(Span.text(paragraph.text()), Span.footnote(RESERVATION)));
            case "para_4" ->
                new Paragraph(
                        paragraph.eId(),
                        paragraph.number(),
                        List.of(
                                Span.text("Create "),
                                Span.alternatives(List.of(
                                        new Alternative("a nuclear safety mechanism", List.of("CSCAP Japan")),
                                        new Alternative(
                                                "a nuclear safety regime", List.of("CSCAP China", "CSCAP Korea")))),
                                Span.text(".")));
            default -> paragraph;
        };
    }
}
