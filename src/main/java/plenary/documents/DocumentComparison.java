package plenary.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.documents.DocumentRedline.Block;
import plenary.documents.DocumentRedline.Mark;
import plenary.documents.DocumentTexts.Kind;
import plenary.documents.ReadingOrder.Heading;
import plenary.documents.ReadingOrder.Passage;
import plenary.documents.Redline.Change;
import plenary.documents.Redline.Op;
import plenary.documents.Redline.Piece;
import plenary.documents.RedlineOrder.Part;
import plenary.documents.RedlineOrder.Step;

/**
 * Compares two versions of a document whose paragraphs keep their eIds: each text, in the order {@link RedlineOrder}
 * gives, becomes a block of the whole redline and, if it changed, a change. Only the texts that changed are compared
 * word by word.
 */
final class DocumentComparison {

    private final List<Block> text = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    private DocumentComparison() {}

    static DocumentRedline of(int fromNumber, Document from, int toNumber, Document to) {
        DocumentComparison comparison = new DocumentComparison();
        comparison.line(Kind.TITLE, DocumentTexts.TITLE, "Title", from.title(), to.title());
        if (from.subtitle() != null || to.subtitle() != null) {
            comparison.line(Kind.SUBTITLE, DocumentTexts.SUBTITLE, "Subtitle", from.subtitle(), to.subtitle());
        }
        for (Part part : RedlineOrder.of(ReadingOrder.of(from), ReadingOrder.of(to))) {
            comparison.heading(part.was(), part.is());
            part.steps().forEach(comparison::paragraph);
        }
        return new DocumentRedline(fromNumber, toNumber, comparison.changes, comparison.text);
    }

    private void line(Kind kind, String eId, String location, @Nullable String was, @Nullable String is) {
        Mark mark =
                was == null ? Mark.ADDED : is == null ? Mark.REMOVED : was.equals(is) ? Mark.UNCHANGED : Mark.CHANGED;
        add(kind, eId, location, mark, null, null, was == null ? "" : was, is == null ? "" : is);
    }

    private void heading(@Nullable Heading was, @Nullable Heading is) {
        Heading here = Objects.requireNonNull(is == null ? was : is);
        Mark mark = was == null
                ? Mark.ADDED
                : is == null ? Mark.REMOVED : was.text().equals(is.text()) ? Mark.UNCHANGED : Mark.CHANGED;
        add(
                Kind.HEADING,
                here.eId(),
                here.location(),
                mark,
                was == null ? null : was.number(),
                is == null ? null : is.number(),
                was == null ? "" : was.text(),
                is == null ? "" : is.text());
    }

    private void paragraph(Step step) {
        Passage was = step.was();
        Passage is = step.is();
        Passage here = step.here();
        add(
                Kind.PARAGRAPH,
                here.eId(),
                here.location(),
                step.mark(),
                was == null ? null : was.number(),
                is == null ? null : is.number(),
                was == null ? "" : was.text(),
                is == null ? "" : is.text());
    }

    private void add(
            Kind kind,
            String eId,
            String location,
            Mark mark,
            @Nullable String fromNumber,
            @Nullable String toNumber,
            String was,
            String is) {
        List<Piece> pieces = switch (mark) {
            case UNCHANGED -> pieces(Op.SAME, is);
            case ADDED -> pieces(Op.INSERTED, is);
            case REMOVED, MOVED_FROM -> pieces(Op.DELETED, was);
            case CHANGED -> Redlines.words(was, is);
            case MOVED_TO -> was.equals(is) ? pieces(Op.SAME, is) : Redlines.words(was, is);
        };
        text.add(new Block(eId, kind, mark, fromNumber, toNumber, pieces));
        Redline.Kind change = switch (mark) {
            case UNCHANGED, MOVED_FROM -> null;
            case CHANGED -> Redline.Kind.CHANGED;
            case ADDED -> Redline.Kind.ADDED;
            case REMOVED -> Redline.Kind.REMOVED;
            case MOVED_TO -> Redline.Kind.MOVED;
        };
        if (change != null) {
            changes.add(
                    new Change(eId, location, change, was, is, pieces, Redlines.html(pieces), fromNumber, toNumber));
        }
    }

    private static List<Piece> pieces(Op op, String text) {
        return text.isEmpty() ? List.of() : List.of(new Piece(op, text));
    }
}
