package plenary.endorsement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;
import plenary.studygroups.StudyGroupId;

/**
 * The co-chairs asked the participating committees to endorse a version of the memorandum.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record EndorsementRequested(
        MemorandumId memorandumId,
        StudyGroupId studyGroupId,
        int versionNumber,
        String by,
        @Nullable Instant at) {}
