package plenary.meetings;

import plenary.studygroups.StudyGroupId;

/** Something in a meeting's record was created, changed or deleted (the meeting itself included). */
public record MeetingRecordChanged(MeetingId meetingId, StudyGroupId studyGroupId) {}
