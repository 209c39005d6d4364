package plenary.endorsement.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import plenary.endorsement.Decision;

/** A round of endorsement as stored: the version put to the committees, its submission and the decision. */
public record Round(
        long id,
        long memorandumId,
        int versionNumber,
        @Nullable String note,
        String requestedBy,
        Instant requestedAt,
        @Nullable String meeting,
        @Nullable String meetingPlace,
        @Nullable LocalDate meetingOn,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable Decision decision,
        @Nullable String decisionText,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
