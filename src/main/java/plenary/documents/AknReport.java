package plenary.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import plenary.documents.Outline.Part;

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
            AknXml xml = new AknXml(factory.createXMLStreamWriter(out, "UTF-8"));
            UniqueIds ids = new UniqueIds();
            List<Part> parts = Outline.of(doc, ids);
            AknReferences references = new AknReferences(doc, jurisdiction, ids);
            xml.begin("debateReport", "meetingReport");
            xml.open("meta");
            AknIdentification.report(jurisdiction, doc).write(xml, references.authorRef());
            references.write(xml);
            xml.close();
            preface(doc, xml);
            xml.open("mainBody");
            new AknBody(references, xml).sections(parts);
            xml.close();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write report " + doc.id() + " as Akoma Ntoso", e);
        }
        return out.toByteArray();
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
        if (AknBody.present(doc.subtitle())) {
            xml.line("p", doc.subtitle(), "class", "subtitle");
        }
        if (AknBody.present(doc.status())) {
            xml.start("p", "class", "status")
                    .inline("docStatus")
                    .text(doc.status())
                    .end()
                    .end();
        }
        xml.close();
    }
}
