package plenary.positions;

import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * Where one memorandum took a proposal, or dropped it. For a proposal taken (or in brackets): the paragraph's number
 * in the current text and the last frozen version that cites it (null while only the working text does). For one
 * dropped: the last version that cited it and the version that dropped it (null where the working text dropped it
 * and no version since has been frozen).
 *
 * @param words the place in words: "paragraph 3.2 of the current text (as in version 2)"
 */
public record MemorandumPlace(
        MemorandumId memorandumId,
        String memorandumTitle,
        Fate fate,
        @Nullable String paragraph,
        @Nullable Integer version,
        @Nullable Integer droppedIn,
        String words) {}
