package plenary.drafting;

import java.time.Instant;
import plenary.studygroups.StudyGroupId;

/** A memorandum in a list: its study group, title, how many versions it has, and when it was last saved. */
public record MemorandumSummary(
        MemorandumId id, StudyGroupId studyGroupId, String title, int versions, Instant savedAt, int version) {}
