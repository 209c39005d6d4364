package plenary.documents;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import plenary.documents.Outline.Part;
import plenary.documents.Outline.Passage;

/**
 * A version of a memorandum as Akoma Ntoso 3.0: a {@code doc name="memorandum"} whose FRBR work is the memorandum
 * and whose expression is the version; a preface with its title, date and author; its opening unnumbered section as
 * the preamble; and its sections of numbered paragraphs, each under the eId it keeps while its num follows where it
 * stands.
 */
final class AknMemorandum {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final String jurisdiction;

    /** @param jurisdiction the FRBR country of every IRI: for an international body, a short code such as "int" */
    AknMemorandum(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    byte[] render(Document doc, LocalDate begun, int version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            AknXml xml = new AknXml(factory.createXMLStreamWriter(out, "UTF-8"));
            UniqueIds ids = new UniqueIds();
            List<Part> parts = Outline.of(doc, ids);
            AknReferences references = new AknReferences(doc, jurisdiction, ids);
            AknBody body = new AknBody(references, xml);
            xml.begin("doc", "memorandum");
            xml.open("meta");
            AknIdentification.memorandum(jurisdiction, doc, begun, version).write(xml, references.authorRef());
            references.write(xml);
            xml.close();
            preface(doc, references, xml);
            List<Part> sections = parts;
            if (opensWithPreamble(parts)) {
                preamble(parts.get(0), body, xml);
                sections = parts.subList(1, parts.size());
            }
            xml.open("mainBody");
            if (sections.isEmpty()) {
                // A memorandum not yet divided into sections: the schema wants the body to hold something.
                xml.line("p", "");
            }
            body.sections(sections);
            xml.close();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write memorandum " + doc.id() + " as Akoma Ntoso", e);
        }
        return out.toByteArray();
    }

    private static void preface(Document doc, AknReferences references, AknXml xml) throws XMLStreamException {
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
        LocalDate date = doc.date();
        if (date != null) {
            xml.start("p", "class", "date")
                    .inline("docDate", "date", date.toString())
                    .text(PRINTED.format(date))
                    .end()
                    .end();
        }
        if (AknBody.present(doc.author())) {
            xml.start("p", "class", "author")
                    .inline("docProponent", "refersTo", references.authorRef())
                    .text(ReportText.oneLine(doc.author()).strip())
                    .end()
                    .end();
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

    /** Whether the opening section is the preamble: one without a number, holding paragraphs and no sections. */
    private static boolean opensWithPreamble(List<Part> parts) {
        return !parts.isEmpty()
                && !AknBody.present(parts.get(0).section().number())
                && parts.get(0).parts().isEmpty();
    }

    /** The preamble's paragraphs that say something, if any do; the schema wants a preamble to hold something. */
    private static void preamble(Part part, AknBody body, AknXml xml) throws XMLStreamException {
        List<Passage> said = part.paragraphs().stream()
                .filter(p -> !p.paragraph().text().isBlank())
                .toList();
        if (said.isEmpty()) {
            return;
        }
        xml.open("preamble", "eId", part.id());
        for (Passage passage : said) {
            body.p(passage.paragraph(), passage.id());
        }
        xml.close();
    }
}
