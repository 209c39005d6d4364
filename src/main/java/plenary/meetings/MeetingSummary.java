package plenary.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import plenary.directory.Nationality;
import plenary.studygroups.StudyGroupId;

/** A meeting as lists show it: its place in the group's series, when and where. */
public record MeetingSummary(
        MeetingId id,
        StudyGroupId studyGroupId,
        int ordinal,
        boolean finalMeeting,
        @Nullable String title,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String city,
        Nationality country,
        AttributionRule attributionRule,
        int version) {

    /** "the third meeting", "the third and final meeting". */
    public String ordinalWords() {
        return Ordinals.meeting(ordinal, finalMeeting);
    }
}
