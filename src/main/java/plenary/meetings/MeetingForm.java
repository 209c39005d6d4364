package plenary.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import plenary.directory.Nationality;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;
import plenary.kernel.PlausibleYear;

/**
 * What a record keeper sends to create or change a meeting: its place in the series, when and where it was
 * held, who hosted it, how many attended ("more than 20 experts from 9 member committees and other regions"),
 * its attribution rule, the thanks given (if the record is to say any) and the house style of its report;
 * {@code version} is required on change.
 */
public record MeetingForm(
        @Nullable Long studyGroupId,
        @Nullable Integer ordinal,
        @MaxLength(300) @PlainText @Nullable String title,

        @PlausibleYear @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startsOn,

        @PlausibleYear @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate endsOn,

        @MaxLength(120) @PlainText @Nullable String city,
        @Nullable Nationality country,
        @Nullable Long hostCommitteeId,
        @Nullable Integer expertsCount,
        @Nullable Integer committeesCount,
        @Nullable AttendanceQualifier attendanceQualifier,
        @Nullable Boolean includesOtherRegions,
        @Nullable AttributionRule attributionRule,
        @MaxLength(1000) @PlainText @Nullable String courtesy,
        @Nullable SpeakerNoun speakerNoun,
        @Nullable SessionNumbering sessionNumbering,
        @Nullable Findings findings,
        @Nullable Integer version) {

    /** A form that says no thanks and leaves the house style to the seed's. */
    public MeetingForm(
            @Nullable Long studyGroupId,
            @Nullable Integer ordinal,
            @Nullable String title,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String city,
            @Nullable Nationality country,
            @Nullable Long hostCommitteeId,
            @Nullable Integer expertsCount,
            @Nullable Integer committeesCount,
            @Nullable AttendanceQualifier attendanceQualifier,
            @Nullable Boolean includesOtherRegions,
            @Nullable AttributionRule attributionRule,
            @Nullable Integer version) {
        this(
                studyGroupId,
                ordinal,
                title,
                startsOn,
                endsOn,
                city,
                country,
                hostCommitteeId,
                expertsCount,
                committeesCount,
                attendanceQualifier,
                includesOtherRegions,
                attributionRule,
                null,
                null,
                null,
                null,
                version);
    }

    /** The house style asked for, with the seed's wherever the form leaves it open. */
    public HouseStyle houseStyle() {
        return HouseStyle.of(speakerNoun, sessionNumbering, findings);
    }

    /** A blank form for a new meeting of the group. */
    public static MeetingForm blank(Long studyGroupId) {
        return new MeetingForm(
                studyGroupId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                AttributionRule.NONE,
                null,
                HouseStyle.SEED.speakerNoun(),
                HouseStyle.SEED.sessionNumbering(),
                HouseStyle.SEED.findings(),
                null);
    }
}
