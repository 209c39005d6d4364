package plenary.documents;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.Outline.Part;
import plenary.documents.Outline.Passage;

/**
 * The text of an Akoma Ntoso document, as a report and a memorandum share it: sections with their number and
 * heading, numbered paragraphs, speakers as persons, links as refs, and footnotes as authorial notes numbered in
 * the order they stand.
 */
final class AknBody {

    private final AknReferences references;
    private final AknXml xml;
    private int notes;

    AknBody(AknReferences references, AknXml xml) {
        this.references = references;
        this.xml = xml;
    }

    /** Each part as a {@code section}, with its paragraphs and the parts within it. */
    void sections(List<Part> parts) throws XMLStreamException {
        for (Part part : parts) {
            Section section = part.section();
            xml.open("section", "eId", part.id());
            if (present(section.number())) {
                xml.line("num", ReportText.oneLine(section.number()).strip());
            }
            xml.line("heading", ReportText.oneLine(section.heading()).strip());
            for (Passage passage : part.paragraphs()) {
                xml.open("paragraph", "eId", passage.id());
                String number = passage.paragraph().number();
                if (present(number)) {
                    xml.line("num", ReportText.oneLine(number).strip());
                }
                xml.open("content");
                p(passage.paragraph(), null);
                xml.close().close();
            }
            sections(part.parts());
            xml.close();
        }
    }

    /** The paragraph's runs of text as one {@code p}, under this eId if one is given. */
    void p(Paragraph paragraph, @Nullable String eId) throws XMLStreamException {
        xml.start("p", "eId", eId);
        for (Span span : paragraph.spans()) {
            span(span);
        }
        xml.end();
    }

    private void span(Span span) throws XMLStreamException {
        String note = span.note();
        if (note != null) {
            String marker = String.valueOf(++notes);
            xml.inline("authorialNote", "marker", marker, "placement", "bottom", "eId", "authorialNote_" + marker)
                    .inline("p")
                    .text(ReportText.oneLine(note))
                    .end()
                    .end();
        }
        String href = ReportText.href(span.href());
        AknReferences.Person person = references.person(span.speaker());
        if (href != null) {
            xml.inline("ref", "href", href);
        }
        if (person != null) {
            xml.inline(
                            "person",
                            "refersTo",
                            "#" + person.eId(),
                            "as",
                            person.roleEId() == null ? null : "#" + person.roleEId())
                    .text(span.text())
                    .end();
        } else {
            xml.text(span.text());
        }
        if (href != null) {
            xml.end();
        }
    }

    @Contract("null -> false")
    static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
