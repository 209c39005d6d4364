package plenary.meetings.internal;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.Nationality;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;

/** A meeting as stored; its sessions, participants and the rest are stored apart and refer to it. */
@Table("meeting")
public record Meeting(
        @Id Long id,
        Long studyGroupId,
        int ordinal,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String city,
        Nationality country,
        Long hostCommitteeId,
        Integer expertsCount,
        Integer committeesCount,
        AttendanceQualifier attendanceQualifier,
        boolean includesOtherRegions,
        AttributionRule attributionRule,
        @Version Integer version) {}
