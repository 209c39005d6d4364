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
 * held, who hosted it, how many attended ("more than 20 experts from 9 member committees and other regions")
 * and its attribution rule; {@code version} is required on change.
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
        @Nullable Integer version) {

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
                null);
    }
}
