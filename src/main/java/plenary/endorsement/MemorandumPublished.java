package plenary.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;
import plenary.studygroups.StudyGroupId;

/**
 * An approved memorandum was published under its number in the organisation's series.
 *
 * @param at when it happened; null only in an event an earlier version of Plenary left in the event registry
 */
public record MemorandumPublished(
        MemorandumId memorandumId,
        StudyGroupId studyGroupId,
        int number,
        LocalDate publishedOn,
        String by,
        @Nullable Instant at) {}
