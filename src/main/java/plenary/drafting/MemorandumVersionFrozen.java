package plenary.drafting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.studygroups.StudyGroupId;

/**
 * A version of a study group's memorandum was frozen with a note: from now on it never changes.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record MemorandumVersionFrozen(
        MemorandumId memorandumId,
        StudyGroupId studyGroupId,
        int number,
        String note,
        String by,
        @Nullable Instant at) {}
