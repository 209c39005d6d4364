package plenary.documents;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.documents.DocumentTexts.Kind;
import plenary.documents.Redline.Change;
import plenary.documents.Redline.Piece;

/**
 * The redline of two versions of a document whose paragraphs keep their eIds (a memorandum): the changes, as a
 * report's redline lists them, and the whole newer text in reading order with every change marked where it stands.
 *
 * @param from    the older version's number
 * @param to      the newer version's number
 * @param changes the texts that changed, in reading order; a moved paragraph once, as {@link Redline.Kind#MOVED}
 * @param text    every text of the newer version in reading order, removed ones where they stood, moved ones at
 *                both places
 */
public record DocumentRedline(int from, int to, List<Change> changes, List<Block> text) {

    public DocumentRedline {
        changes = List.copyOf(changes);
        text = List.copyOf(text);
    }

    /** What a block of the whole text shows about its text. */
    public enum Mark {
        UNCHANGED,
        CHANGED,
        ADDED,
        REMOVED,
        /** Where a moved paragraph stood: its old words, struck. */
        MOVED_FROM,
        /** Where a moved paragraph stands now: its words, with their changes if it was also edited. */
        MOVED_TO
    }

    /**
     * One text of the whole redline: the title, a heading (the eId of its section) or a paragraph.
     *
     * @param fromNumber its number in the older version ("2.1", a heading's "2"), or null
     * @param toNumber   its number in the newer version ("3.4"), or null
     * @param pieces     its words as shown: kept, inserted, deleted
     */
    public record Block(
            String eId,
            Kind kind,
            Mark mark,
            @Nullable String fromNumber,
            @Nullable String toNumber,
            List<Piece> pieces) {

        public Block {
            pieces = List.copyOf(pieces);
        }
    }

    /** The whole text as an {@code <article class="redline">} with {@code <ins>}, {@code <del>} and moves marked. */
    public String html() {
        return RedlineHtml.article(this);
    }
}
