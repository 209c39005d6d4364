package plenary.meetings;

/** Something in a meeting's record was created, changed or deleted (the meeting itself included). */
public record MeetingRecordChanged(long meetingId, long studyGroupId) {}
