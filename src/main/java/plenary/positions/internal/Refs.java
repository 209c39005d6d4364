package plenary.positions.internal;

import plenary.meetings.MeetingRecord;
import plenary.positions.MeetingRef;

/** The positions map's name of a meeting, from its record. */
final class Refs {

    private Refs() {}

    static MeetingRef of(MeetingRecord r) {
        return new MeetingRef(r.id(), r.ordinal(), r.ordinalWords(), r.city(), r.startsOn(), r.attributionRule());
    }
}
