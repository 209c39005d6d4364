package plenary.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A Word document's tracked changes, read back with POI: the marks of a kind with their attributes and text, and
 * the body's text with every change accepted or rejected, as Word does it: accepting drops deleted and moved-away
 * text and unwraps insertions and moves; rejecting does the reverse; a paragraph mark that goes joins its paragraph
 * to the next.
 */
final class DocxRevisions {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Accept every change, or reject every change. */
    enum All {
        ACCEPTED(Set.of("del", "moveFrom")),
        REJECTED(Set.of("ins", "moveTo"));

        final Set<String> dropped;

        All(Set<String> dropped) {
            this.dropped = dropped;
        }
    }

    /** One mark (w:ins, w:moveFromRangeStart …): its attributes and the text it holds. */
    record Revision(String kind, String id, String author, String date, String name, String text) {}

    private final Element body;

    DocxRevisions(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            body = (Element) document.getDocument().getBody().getDomNode().cloneNode(true);
        }
    }

    /** Every mark of a kind (its local name, "ins"), in document order; a paragraph mark's own has no text. */
    List<Revision> all(String kind) {
        List<Revision> revisions = new ArrayList<>();
        NodeList found = body.getElementsByTagNameNS(W, kind);
        for (int i = 0; i < found.getLength(); i++) {
            Element e = (Element) found.item(i);
            revisions.add(new Revision(
                    kind,
                    e.getAttributeNS(W, "id"),
                    e.getAttributeNS(W, "author"),
                    e.getAttributeNS(W, "date"),
                    e.getAttributeNS(W, "name"),
                    text(e, null)));
        }
        return revisions;
    }

    /** The texts that marks of a kind hold, those with any. */
    List<String> texts(String kind) {
        return all(kind).stream().map(Revision::text).filter(t -> !t.isEmpty()).toList();
    }

    /** The body's paragraphs as lines, with every change accepted or rejected; blank lines at the end left out. */
    List<String> lines(All decision) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node p = body.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (!(p instanceof Element paragraph) || !"p".equals(paragraph.getLocalName())) {
                continue;
            }
            line.append(text(paragraph, decision));
            if (!markGoes(paragraph, decision)) {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        lines.add(line.toString());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static boolean markGoes(Element paragraph, All decision) {
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("pPr".equals(n.getLocalName())) {
                NodeList marks = ((Element) n).getElementsByTagNameNS(W, "rPr");
                for (int i = 0; i < marks.getLength(); i++) {
                    for (Node m = marks.item(i).getFirstChild(); m != null; m = m.getNextSibling()) {
                        if (decision.dropped.contains(m.getLocalName())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The text under a node: all of it (decision null), or what is left once every change is decided. */
    private static String text(Node node, @Nullable All decision) {
        StringBuilder out = new StringBuilder();
        if ("t".equals(node.getLocalName()) || "delText".equals(node.getLocalName())) {
            // XMLBeans' DOM has no getTextContent (DOM level 3).
            for (Node t = node.getFirstChild(); t != null; t = t.getNextSibling()) {
                out.append(t.getNodeValue());
            }
            return out.toString();
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            String name = n.getLocalName();
            if (name == null || "pPr".equals(name) || decision != null && decision.dropped.contains(name)) {
                continue;
            }
            out.append(text(n, decision));
        }
        return out.toString();
    }
}
