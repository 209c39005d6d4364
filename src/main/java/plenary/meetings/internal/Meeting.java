package plenary.meetings.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.Nationality;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Findings;
import plenary.meetings.HouseStyle;
import plenary.meetings.SessionNumbering;
import plenary.meetings.SpeakerNoun;

/** A meeting as stored; its sessions, participants and the rest are stored apart and refer to it. */
@Table("meeting")
public record Meeting(
        @Id @Nullable Long id,
        Long studyGroupId,
        int ordinal,
        @Nullable String title,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String city,
        Nationality country,
        @Nullable Long hostCommitteeId,
        @Nullable Integer expertsCount,
        @Nullable Integer committeesCount,
        @Nullable AttendanceQualifier attendanceQualifier,
        boolean includesOtherRegions,
        AttributionRule attributionRule,
        @Nullable String courtesy,
        SpeakerNoun speakerNoun,
        SessionNumbering sessionNumbering,
        Findings findings,
        @Version @Nullable Integer version) {

    /** The id of a meeting read from the store; only a new one, not yet saved, has none. */
    public long savedId() {
        return Objects.requireNonNull(id, "meeting not saved");
    }

    /** The house style of the meeting's report. */
    public HouseStyle houseStyle() {
        return new HouseStyle(speakerNoun, sessionNumbering, findings);
    }

    /** The version of a meeting read from the store; only a new one, not yet saved, has none. */
    public int savedVersion() {
        return Objects.requireNonNull(version, "meeting not saved");
    }
}
