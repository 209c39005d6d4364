package plenary.drafting.internal;

import java.time.Instant;
import plenary.drafting.MemorandumText;

/** A version of a memorandum: the text of one revision, frozen with a note. It never changes. */
public record FrozenVersion(
        int number, int revision, MemorandumText text, String note, String frozenBy, Instant frozenAt) {}
