package plenary.reports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.DocumentTexts;
import plenary.kernel.Rules;
import plenary.reports.ReportEdit;

/**
 * Changes to a report's document, each giving a new document: an editor's new texts for paragraphs and headings,
 * a suggestion taken, a new status line, a sentence added to the summary. A changed paragraph keeps its references
 * to speakers and its links wherever their words are still in it, so that every format still marks them.
 */
public final class DocumentEdits {

    static final int MAX_PARAGRAPH = 20_000;
    static final int MAX_LINE = 1_000;

    private DocumentEdits() {}

    /** The document with the edit applied; refused with every broken rule when the edit names what is not there. */
    public static Document apply(Document doc, ReportEdit edit) {
        Set<String> paragraphs = new HashSet<>();
        Set<String> sections = new HashSet<>();
        DocumentTexts.of(doc)
                .forEach(t -> (t.kind() == DocumentTexts.Kind.PARAGRAPH ? paragraphs : sections).add(t.eId()));
        Rules rules = new Rules();
        edit.paragraphs()
                .forEach((eId, text) -> rules.check(
                                paragraphs.contains(eId),
                                "paragraphs." + eId,
                                "exists",
                                "names no paragraph of this version")
                        .required(text, "paragraphs." + eId)
                        .maxLength(text, MAX_PARAGRAPH, "paragraphs." + eId));
        edit.headings()
                .forEach((eId, text) -> rules.check(
                                sections.contains(eId), "headings." + eId, "exists", "names no section of this version")
                        .required(text, "headings." + eId)
                        .maxLength(text, MAX_LINE, "headings." + eId));
        rules.check(edit.title() == null || !edit.title().isBlank(), "title", "required", "must not be blank")
                .maxLength(edit.title(), MAX_LINE, "title")
                .maxLength(edit.subtitle(), MAX_LINE, "subtitle")
                .enforce();
        String title = edit.title() == null ? doc.title() : clean(edit.title());
        String subtitle = edit.subtitle() == null ? doc.subtitle() : blankToNull(clean(edit.subtitle()));
        return new Document(
                doc.id(),
                title,
                subtitle,
                doc.date(),
                doc.author(),
                doc.status(),
                doc.speakers(),
                sections(doc.contents(), edit.headings(), edit.paragraphs()));
    }

    /** The document with one paragraph's text replaced. */
    public static Document withParagraph(Document doc, String eId, String text) {
        return new Document(
                doc.id(),
                doc.title(),
                doc.subtitle(),
                doc.date(),
                doc.author(),
                doc.status(),
                doc.speakers(),
                sections(doc.contents(), Map.of(), Map.of(eId, text)));
    }

    static Document withStatus(Document doc, String status) {
        return new Document(
                doc.id(),
                doc.title(),
                doc.subtitle(),
                doc.date(),
                doc.author(),
                status,
                doc.speakers(),
                doc.contents());
    }

    /**
     * The document with a sentence added as the last paragraph of its summary: the section headed "Summary", or the
     * first section when none is. A document that already ends its summary with the sentence is returned as it is.
     */
    static Document withSummarySentence(Document doc, String sentence) {
        if (doc.contents().isEmpty()) {
            return doc;
        }
        int at = 0;
        for (int i = 0; i < doc.contents().size(); i++) {
            if ("Summary"
                    .equalsIgnoreCase(
                            String.valueOf(doc.contents().get(i).heading()).strip())) {
                at = i;
                break;
            }
        }
        Section summary = doc.contents().get(at);
        List<Paragraph> paragraphs = new ArrayList<>(summary.paragraphs());
        if (!paragraphs.isEmpty()
                && paragraphs.get(paragraphs.size() - 1).text().strip().equals(sentence)) {
            return doc;
        }
        paragraphs.add(new Paragraph(
                freeEId(doc, summary.eId() + "__para_" + (paragraphs.size() + 1)), List.of(Span.text(sentence))));
        List<Section> contents = new ArrayList<>(doc.contents());
        contents.set(
                at, new Section(summary.eId(), summary.number(), summary.heading(), paragraphs, summary.subsections()));
        return new Document(
                doc.id(),
                doc.title(),
                doc.subtitle(),
                doc.date(),
                doc.author(),
                doc.status(),
                doc.speakers(),
                contents);
    }

    /**
     * The spans of a paragraph rewritten as the text: unchanged when the text is; otherwise plain text, with each
     * reference to a speaker and each link kept where its words still stand, in order.
     */
    static List<Span> respan(List<Span> spans, String text) {
        if (new Paragraph("", spans).text().strip().equals(text)) {
            return spans;
        }
        List<Span> result = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if ((span.speaker() == null && span.href() == null) || span.text().isEmpty()) {
                continue;
            }
            int found = text.indexOf(span.text(), at);
            if (found < 0) {
                continue;
            }
            if (found > at) {
                result.add(Span.text(text.substring(at, found)));
            }
            result.add(span);
            at = found + span.text().length();
        }
        if (at < text.length() || result.isEmpty()) {
            result.add(Span.text(text.substring(at)));
        }
        return result;
    }

    private static List<Section> sections(
            List<Section> sections, Map<String, String> headings, Map<String, String> paragraphs) {
        List<Section> result = new ArrayList<>(sections.size());
        for (Section s : sections) {
            String heading = headings.containsKey(s.eId()) ? clean(headings.get(s.eId())) : s.heading();
            List<Paragraph> texts = s.paragraphs().stream()
                    .map(p -> paragraphs.containsKey(p.eId())
                            ? new Paragraph(p.eId(), respan(p.spans(), clean(paragraphs.get(p.eId()))))
                            : p)
                    .toList();
            result.add(
                    new Section(s.eId(), s.number(), heading, texts, sections(s.subsections(), headings, paragraphs)));
        }
        return result;
    }

    private static String freeEId(Document doc, String wanted) {
        Set<String> taken = new HashSet<>();
        DocumentTexts.of(doc).forEach(t -> taken.add(t.eId()));
        String eId = wanted;
        for (int n = 2; taken.contains(eId); n++) {
            eId = wanted + "_" + n;
        }
        return eId;
    }

    /** Line breaks as one form whatever the browser sent; no blanks around the text. */
    static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
