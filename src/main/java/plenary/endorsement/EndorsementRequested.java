package plenary.endorsement;

import plenary.drafting.MemorandumId;
import plenary.studygroups.StudyGroupId;

/** The co-chairs asked the participating committees to endorse a version of the memorandum. */
public record EndorsementRequested(
        MemorandumId memorandumId, StudyGroupId studyGroupId, int versionNumber, String by) {}
