package plenary.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.Outline.Part;
import plenary.documents.Outline.Passage;

/**
 * A report as Akoma Ntoso 3.0: a {@code debateReport} (a report about a meeting, not its transcript) with FRBR
 * identification, its speakers as references, a preface with the title block, and a section per section.
 */
final class AknReport {

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final String jurisdiction;

    /** @param jurisdiction the FRBR country of every IRI: for an international body, a short code such as "int" */
    AknReport(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    byte[] render(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
            AknXml xml = new AknXml(writer);
            UniqueIds ids = new UniqueIds();
            List<Part> parts = Outline.of(doc, ids);
            AknReferences references = new AknReferences(doc, jurisdiction, ids);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(AknXml.NAMESPACE);
            xml.open("akomaNtoso");
            writer.writeDefaultNamespace(AknXml.NAMESPACE);
            xml.open("debateReport", "name", "meetingReport");
            xml.open("meta");
            new AknIdentification(jurisdiction, workName(doc)).write(xml, doc, references.authorRef());
            references.write(xml);
            xml.close();
            preface(doc, xml);
            xml.open("mainBody");
            parts(parts, references, xml, new int[] {0});
            xml.close().close().close();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write report " + doc.id() + " as Akoma Ntoso", e);
        }
        return out.toByteArray();
    }

    /** The report's id as the name part of its FRBR IRIs. */
    static String workName(Document doc) {
        return ReportText.oneLine(doc.id()).strip().replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static void preface(Document doc, AknXml xml) throws XMLStreamException {
        xml.open("preface");
        xml.open("longTitle")
                .start("p")
                .inline("docTitle")
                .text(doc.title())
                .end()
                .end()
                .close();
        if (present(doc.subtitle())) {
            xml.line("p", doc.subtitle(), "class", "subtitle");
        }
        if (present(doc.status())) {
            xml.start("p", "class", "status")
                    .inline("docStatus")
                    .text(doc.status())
                    .end()
                    .end();
        }
        xml.close();
    }

    /** @param notes how many footnotes have been written so far, to number the next */
    private static void parts(List<Part> parts, AknReferences references, AknXml xml, int[] notes)
            throws XMLStreamException {
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
                xml.open("content").start("p");
                for (Span span : passage.paragraph().spans()) {
                    span(span, references, xml, notes);
                }
                xml.end().close().close();
            }
            parts(part.parts(), references, xml, notes);
            xml.close();
        }
    }

    private static void span(Span span, AknReferences references, AknXml xml, int[] notes) throws XMLStreamException {
        String note = span.note();
        if (note != null) {
            String marker = String.valueOf(++notes[0]);
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
    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
