package plenary.drafting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.studygroups.StudyGroupId;

/**
 * A study group's memorandum was started: drafted from the group's record, or blank.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record MemorandumStarted(
        MemorandumId memorandumId,
        StudyGroupId studyGroupId,
        String title,
        boolean fromRecord,
        String by,
        @Nullable Instant at) {}
