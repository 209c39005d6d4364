package plenary.endorsement;

import java.time.LocalDate;
import plenary.drafting.MemorandumId;
import plenary.studygroups.StudyGroupId;

/** An approved memorandum was published under its number in the organisation's series. */
public record MemorandumPublished(
        MemorandumId memorandumId, StudyGroupId studyGroupId, int number, LocalDate publishedOn, String by) {}
