package plenary.drafting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A save made on an older revision changed parts that were changed differently since: nothing was saved. It carries
 * both texts of every such part, side by side, and the memorandum as it stands, so that the editor loses nothing.
 */
public class MemorandumConflict extends RuntimeException {

    /**
     * One part both saves changed: the field ("text", "heading", "title", "preamble", "sections" for the order),
     * the paragraph's or section's key and its number now, and each side's text ("" for a side that deleted it).
     */
    public record Part(
            String field, @Nullable String key, @Nullable String number, String yours, String theirs) {}

    private final transient List<Part> parts;
    private final transient MemorandumView current;

    MemorandumConflict(List<Part> parts, MemorandumView current) {
        super("The memorandum was changed by someone else since you loaded it, in " + parts.size()
                + (parts.size() == 1 ? " place" : " places") + " you changed too; nothing was saved");
        this.parts = List.copyOf(parts);
        this.current = current;
    }

    public List<Part> parts() {
        return parts;
    }

    public MemorandumView current() {
        return current;
    }
}
