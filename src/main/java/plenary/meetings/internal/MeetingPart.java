package plenary.meetings.internal;

/** A record kept inside one meeting: a session, a participant, an intervention, a proposal or a next task. */
public interface MeetingPart {

    Long id();

    Long meetingId();

    Integer version();
}
