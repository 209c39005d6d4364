package plenary.documents;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plenary.documents.DocumentTexts.Text;
import plenary.documents.Redline.Change;
import plenary.documents.Redline.Kind;
import plenary.documents.Redline.Op;
import plenary.documents.Redline.Piece;

/**
 * Compares two versions of a document text by text (matched by eId) and, within a text, word by word: a report's
 * as a list of the texts that changed ({@link #between}); a memorandum's, whose paragraphs keep their eIds and may
 * move, as that list and the whole text marked up, moves shown as moves ({@link #ofDocuments}). The status line is
 * left out: it differs between any two versions and says nothing an editor changed.
 */
public final class Redlines {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private Redlines() {}

    /** The texts of a report that changed, in the newer version's order, then those removed. */
    public static Redline between(int fromNumber, Document from, int toNumber, Document to) {
        Map<String, Text> before = byKey(from);
        Map<String, Text> after = byKey(to);
        List<Change> changes = new ArrayList<>();
        after.forEach((key, text) -> {
            Text old = before.get(key);
            if (old == null) {
                changes.add(change(text, Kind.ADDED, "", text.text()));
            } else if (!old.text().equals(text.text())) {
                changes.add(change(text, Kind.CHANGED, old.text(), text.text()));
            }
        });
        before.forEach((key, old) -> {
            if (!after.containsKey(key)) {
                changes.add(change(old, Kind.REMOVED, old.text(), ""));
            }
        });
        return new Redline(fromNumber, toNumber, changes);
    }

    /**
     * The redline of two versions of a document whose paragraphs keep their eIds: what changed, word by word, with
     * a paragraph that stands elsewhere in the reading order (outside the longest common subsequence of the two
     * orders) as a move from its older number to its newer one, and the whole newer text with every change marked
     * where it stands.
     */
    public static DocumentRedline ofDocuments(int fromNumber, Document from, int toNumber, Document to) {
        return DocumentComparison.of(fromNumber, from, toNumber, to);
    }

    /** The words of two texts as runs kept, deleted and inserted, in reading order. */
    public static List<Piece> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            add(pieces, Op.SAME, a.subList(at, delta.getSource().getPosition()));
            add(pieces, Op.DELETED, delta.getSource().getLines());
            add(pieces, Op.INSERTED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Op.SAME, a.subList(at, a.size()));
        return pieces;
    }

    /** The pieces as HTML: deleted words in {@code <del>}, inserted ones in {@code <ins>}, all escaped. */
    public static String html(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            String text = escape(piece.text());
            switch (piece.op()) {
                case SAME -> out.append(text);
                case DELETED -> out.append("<del>").append(text).append("</del>");
                case INSERTED -> out.append("<ins>").append(text).append("</ins>");
            }
        }
        return out.toString();
    }

    private static Change change(Text text, Kind kind, String before, String after) {
        List<Piece> pieces = words(before, after);
        return new Change(text.eId(), text.location(), kind, before, after, pieces, html(pieces));
    }

    private static Map<String, Text> byKey(Document doc) {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Text text : DocumentTexts.of(doc)) {
            if (text.kind() != DocumentTexts.Kind.STATUS) {
                texts.putIfAbsent(text.kind() + ":" + text.eId(), text);
            }
        }
        return texts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).op() == op) {
            Piece last = pieces.remove(pieces.size() - 1);
            text = last.text() + text;
        }
        pieces.add(new Piece(op, text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
