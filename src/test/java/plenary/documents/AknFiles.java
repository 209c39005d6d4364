package plenary.documents;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Akoma Ntoso files as the tests read them: validated against the OASIS schema (offline: it imports xml.xsd from
 * beside it, and nothing may come from the network), and queried with XPath, the prefix "akn" naming its namespace.
 */
public final class AknFiles {

    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Schema SCHEMA = schema();

    private AknFiles() {}

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(AknFiles.class.getResource("/akn/akomantoso30.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException("The OASIS schema does not load", e);
        }
    }

    /** @throws org.xml.sax.SAXParseException where the file is not valid Akoma Ntoso */
    public static void validate(byte[] xml) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The string value of an XPath expression. */
    static String value(org.w3c.dom.Document doc, String expression) throws Exception {
        return xpath().evaluate(expression, doc);
    }

    /** The text of every node the expression selects, in document order. */
    static List<String> texts(org.w3c.dom.Document doc, String expression) {
        List<String> texts = new ArrayList<>();
        nodes(doc, expression).forEach(node -> texts.add(node.getTextContent()));
        return texts;
    }

    /** The attribute of every element the expression selects, in document order ("" where it has none). */
    static List<String> attributes(org.w3c.dom.Document doc, String expression, String attribute) {
        List<String> values = new ArrayList<>();
        nodes(doc, expression).forEach(node -> values.add(((org.w3c.dom.Element) node).getAttribute(attribute)));
        return values;
    }

    private static List<Node> nodes(org.w3c.dom.Document doc, String expression) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET);
            List<Node> list = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                list.add(nodes.item(i));
            }
            return list;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "akn".equals(prefix) ? AKN : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
