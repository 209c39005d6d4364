package plenary.drafting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.studygroups.StudyGroupId;

/**
 * A memorandum nobody had frozen a version of was deleted, with every revision of its text.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record MemorandumDeleted(
        MemorandumId memorandumId,
        StudyGroupId studyGroupId,
        String title,
        String by,
        @Nullable Instant at) {}
