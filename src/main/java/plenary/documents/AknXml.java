package plenary.documents;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** Akoma Ntoso elements as they are written: one block a line, text cleaned, attributes in name-value pairs. */
final class AknXml {

    static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private final XMLStreamWriter xml;
    private int depth;

    AknXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * Begins the file: the XML declaration, {@code akomaNtoso} declaring the namespace, and the document type's
     * element ("debateReport", "doc") with its name; {@link #finish()} ends them.
     */
    AknXml begin(String type, String name) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        open("akomaNtoso");
        xml.writeDefaultNamespace(NAMESPACE);
        return open(type, "name", name);
    }

    /** Closes the document type's element and {@code akomaNtoso}, and ends the file with a line break. */
    void finish() throws XMLStreamException {
        close().close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    /** Opens a block element on a line of its own. */
    AknXml open(String name, @Nullable String... attributes) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth++));
        element(name, attributes);
        return this;
    }

    /** Closes the block element opened last, on a line of its own. */
    AknXml close() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(--depth));
        xml.writeEndElement();
        return this;
    }

    /** Starts an element on a line of its own whose content is text and inline elements; {@link #end()} ends it. */
    AknXml start(String name, @Nullable String... attributes) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        element(name, attributes);
        return this;
    }

    /** A block element on one line holding only text. */
    AknXml line(String name, String text, @Nullable String... attributes) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        element(name, attributes);
        text(text);
        xml.writeEndElement();
        return this;
    }

    /** An element without content, on a line of its own. */
    AknXml empty(String name, @Nullable String... attributes) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeEmptyElement(name);
        attributes(attributes);
        return this;
    }

    /** Opens an inline element, within text. */
    AknXml inline(String name, @Nullable String... attributes) throws XMLStreamException {
        element(name, attributes);
        return this;
    }

    /** Ends the element started or opened inline last. */
    AknXml end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    AknXml text(String text) throws XMLStreamException {
        xml.writeCharacters(ReportText.clean(text));
        return this;
    }

    private void element(String name, @Nullable String... attributes) throws XMLStreamException {
        xml.writeStartElement(name);
        attributes(attributes);
    }

    private void attributes(@Nullable String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], ReportText.clean(attributes[i + 1]));
            }
        }
    }
}
