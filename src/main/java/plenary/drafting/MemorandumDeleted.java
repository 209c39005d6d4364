package plenary.drafting;

import plenary.studygroups.StudyGroupId;

/** A memorandum nobody had frozen a version of was deleted, with every revision of its text. */
public record MemorandumDeleted(MemorandumId memorandumId, StudyGroupId studyGroupId, String title, String by) {}
