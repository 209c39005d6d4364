package plenary.drafting.internal;

import java.time.Instant;
import plenary.drafting.MemorandumText;

/**
 * A memorandum as stored: its study group, its working text at its latest revision (every save raises it), and the
 * counter from which new sections and paragraphs take their keys, so that a key is never given twice.
 */
public record StoredMemorandum(
        long id,
        long studyGroupId,
        int revision,
        int nextKey,
        MemorandumText text,
        String createdBy,
        Instant createdAt,
        String savedBy,
        Instant savedAt) {}
