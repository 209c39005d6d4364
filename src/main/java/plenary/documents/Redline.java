package plenary.documents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a document text by text (title, subtitle, headings, paragraphs), word by
 * word. Each change carries its words as pieces and as HTML with {@code <ins>} and {@code <del>}.
 */
public record Redline(int from, int to, List<Change> changes) {

    /** How a text changed; only a document whose paragraphs keep their eIds has moves. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        MOVED
    }

    /** What a piece of a changed text is: kept, inserted or deleted. */
    public enum Op {
        SAME,
        INSERTED,
        DELETED
    }

    /** A run of words of a changed text. */
    public record Piece(Op op, String text) {}

    /**
     * One text that changed: where it stands, how, before and after, and its words.
     *
     * @param fromNumber its number in the older version ("2.1"), for a numbered text that was there; else null
     * @param toNumber   its number in the newer version ("3.4"), for a numbered text that is there; else null
     */
    public record Change(
            String eId,
            String location,
            Kind kind,
            String before,
            String after,
            List<Piece> pieces,
            String html,
            @Nullable String fromNumber,
            @Nullable String toNumber) {

        /** A change of a text without a number, as a report's texts are. */
        public Change(
                String eId, String location, Kind kind, String before, String after, List<Piece> pieces, String html) {
            this(eId, location, kind, before, after, pieces, html, null, null);
        }
    }
}
