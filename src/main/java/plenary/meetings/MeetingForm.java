package plenary.meetings;

import java.time.LocalDate;
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
        Long studyGroupId,
        Integer ordinal,
        @MaxLength(300) @PlainText String title,
        @PlausibleYear @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @PlausibleYear @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
        @MaxLength(120) @PlainText String city,
        Nationality country,
        Long hostCommitteeId,
        Integer expertsCount,
        Integer committeesCount,
        AttendanceQualifier attendanceQualifier,
        Boolean includesOtherRegions,
        AttributionRule attributionRule,
        Integer version) {

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
