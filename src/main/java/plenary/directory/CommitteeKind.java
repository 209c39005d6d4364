package plenary.directory;

/** A committee of the organisation: a national or regional member committee, or the steering committee. */
public enum CommitteeKind {
    MEMBER_COMMITTEE,
    STEERING_COMMITTEE
}
