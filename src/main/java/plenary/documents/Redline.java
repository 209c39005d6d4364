package plenary.documents;

import java.util.List;

/**
 * What changed between two versions of a report, text by text (title, subtitle, headings, paragraphs), word by word.
 * Each change carries its words as pieces and as HTML with {@code <ins>} and {@code <del>}.
 */
public record Redline(int from, int to, List<Change> changes) {

    /** How a text changed. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** What a piece of a changed text is: kept, inserted or deleted. */
    public enum Op {
        SAME,
        INSERTED,
        DELETED
    }

    /** A run of words of a changed text. */
    public record Piece(Op op, String text) {}

    /** One text that changed: where it stands, how, before and after, and its words. */
    public record Change(
            String eId, String location, Kind kind, String before, String after, List<Piece> pieces, String html) {}
}
