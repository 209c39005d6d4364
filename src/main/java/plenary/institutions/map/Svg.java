package plenary.institutions.map;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small writer of SVG documents over the JDK's XML stream writer, which escapes every text and attribute value;
 * characters that XML 1.0 cannot carry at all (control characters) are dropped first.
 */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringWriter document = new StringWriter();
    private final XMLStreamWriter out;

    private Svg() {
        try {
            out = XMLOutputFactory.newFactory().createXMLStreamWriter(document);
            out.writeStartDocument("UTF-8", "1.0");
            out.setDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document whose root element is opened with these attributes (name, value, name, value …). */
    static Svg document(Object... attributes) {
        Svg svg = new Svg();
        try {
            svg.out.writeStartElement(NAMESPACE, "svg");
            svg.out.writeDefaultNamespace(NAMESPACE);
            svg.attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return svg;
    }

    /** Opens an element that will hold others, until {@link #close()}. */
    Svg open(String element, Object... attributes) {
        try {
            out.writeStartElement(NAMESPACE, element);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Svg close() {
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element without content: a shape. */
    Svg shape(String element, Object... attributes) {
        try {
            out.writeEmptyElement(NAMESPACE, element);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only text: a label, a title, a description. */
    Svg text(String element, String content, Object... attributes) {
        open(element, attributes);
        try {
            out.writeCharacters(xml(content));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return close();
    }

    /** Closes whatever is still open and answers the document. */
    String finish() {
        try {
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return document.toString();
    }

    private void attributes(Object... attributes) throws XMLStreamException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in pairs of name and value");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.writeAttribute(String.valueOf(attributes[i]), xml(String.valueOf(attributes[i + 1])));
        }
    }

    /** The text without the characters XML 1.0 forbids (its writer would pass them on and break the document). */
    static String xml(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
