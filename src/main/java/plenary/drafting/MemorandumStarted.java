package plenary.drafting;

import plenary.studygroups.StudyGroupId;

/** A study group's memorandum was started: drafted from the group's record, or blank. */
public record MemorandumStarted(
        MemorandumId memorandumId, StudyGroupId studyGroupId, String title, boolean fromRecord, String by) {}
