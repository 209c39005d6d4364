package plenary.documents;

import java.util.ArrayList;
import java.util.List;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;

/**
 * A report's sections and paragraphs with the ids they carry in every format: the model's eIds where they are
 * usable and unique, positional ones ("sec_1__para_2") where they are not, so that links and anchors agree.
 */
final class Outline {

    /** A section at a depth (1 for the report's own sections), with its id, printed title and parts. */
    record Part(Section section, String id, int depth, String title, List<Passage> paragraphs, List<Part> parts) {}

    /** A paragraph with its id. */
    record Passage(String id, Paragraph paragraph) {}

    private Outline() {}

    static List<Part> of(Document doc) {
        return of(doc, new UniqueIds());
    }

    /** The outline, its ids claimed from ids that the caller goes on to give out for more elements. */
    static List<Part> of(Document doc, UniqueIds ids) {
        return parts(doc.contents(), "sec", 1, ids);
    }

    private static List<Part> parts(List<Section> sections, String prefix, int depth, UniqueIds ids) {
        List<Part> parts = new ArrayList<>(sections.size());
        int n = 0;
        for (Section section : sections) {
            String id = ids.claim(section.eId(), prefix + "_" + ++n);
            List<Passage> paragraphs = new ArrayList<>(section.paragraphs().size());
            int p = 0;
            for (Paragraph paragraph : section.paragraphs()) {
                paragraphs.add(new Passage(ids.claim(paragraph.eId(), id + "__para_" + ++p), paragraph));
            }
            parts.add(new Part(
                    section,
                    id,
                    depth,
                    ReportText.title(section),
                    paragraphs,
                    parts(section.subsections(), id + "__sec", depth + 1, ids)));
        }
        return parts;
    }
}
