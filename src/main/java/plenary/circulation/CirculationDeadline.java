package plenary.circulation;

import java.time.Instant;
import plenary.drafting.MemorandumId;
import plenary.studygroups.StudyGroupId;

/** A circulation as a recipient's calendar shows it: which memorandum's version, of which group, and the deadline. */
public record CirculationDeadline(
        long id, MemorandumId memorandumId, StudyGroupId studyGroupId, int version, Instant deadline) {}
