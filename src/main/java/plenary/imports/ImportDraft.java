package plenary.imports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A draft of an imported report, as its owner reviews it: the text read from the document (which the record's
 * excerpts index into), the record read in it, until when it is kept, and the meeting it became once confirmed.
 */
public record ImportDraft(
        long id,
        String source,
        ImportedRecord record,
        Instant expiresAt,
        @Nullable Long meetingId) {}
