package plenary.drafting;

import plenary.studygroups.StudyGroupId;

/** A version of a study group's memorandum was frozen with a note: from now on it never changes. */
public record MemorandumVersionFrozen(
        MemorandumId memorandumId, StudyGroupId studyGroupId, int number, String note, String by) {}
