package plenary.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.Nationality;
import plenary.kernel.Phrase;
import plenary.studygroups.StudyGroupId;

/**
 * The record of one meeting: where and when, attendance, its sessions with their interventions in order, the
 * proposals and the next tasks. A {@code named} record names people (participants, speakers, chairs, position
 * holders, task owners, with their person ids); one that is not carries no name and no person id, only the
 * speakers as the attribution rule describes them ("a Russian participant"), and the number of participants.
 * {@code courtesy} is the thanks the record says were given ("The Co-Chairs expressed their heartfelt thanks to
 * …"), null where it says none; {@code houseStyle} is the style its report is written in.
 */
public record MeetingRecord(
        MeetingId id,
        StudyGroupId studyGroupId,
        String studyGroupTitle,
        int ordinal,
        boolean finalMeeting,
        @Nullable String title,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String city,
        Nationality country,
        @Nullable CommitteeId hostCommitteeId,
        @Nullable String hostCommittee,
        @Nullable Integer expertsCount,
        @Nullable Integer committeesCount,
        @Nullable AttendanceQualifier attendanceQualifier,
        boolean includesOtherRegions,
        AttributionRule attributionRule,
        @Nullable String courtesy,
        HouseStyle houseStyle,
        boolean named,
        int participantsCount,
        @Nullable List<ParticipantView> participants,
        List<SessionView> sessions,
        List<ProposalView> proposals,
        List<NextTaskView> nextTasks,
        int version) {

    /** A record in the seed's house style that says no thanks were given. */
    public MeetingRecord(
            MeetingId id,
            StudyGroupId studyGroupId,
            String studyGroupTitle,
            int ordinal,
            boolean finalMeeting,
            @Nullable String title,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            String city,
            Nationality country,
            @Nullable CommitteeId hostCommitteeId,
            @Nullable String hostCommittee,
            @Nullable Integer expertsCount,
            @Nullable Integer committeesCount,
            @Nullable AttendanceQualifier attendanceQualifier,
            boolean includesOtherRegions,
            AttributionRule attributionRule,
            boolean named,
            int participantsCount,
            @Nullable List<ParticipantView> participants,
            List<SessionView> sessions,
            List<ProposalView> proposals,
            List<NextTaskView> nextTasks,
            int version) {
        this(
                id,
                studyGroupId,
                studyGroupTitle,
                ordinal,
                finalMeeting,
                title,
                startsOn,
                endsOn,
                city,
                country,
                hostCommitteeId,
                hostCommittee,
                expertsCount,
                committeesCount,
                attendanceQualifier,
                includesOtherRegions,
                attributionRule,
                null,
                HouseStyle.SEED,
                named,
                participantsCount,
                participants,
                sessions,
                proposals,
                nextTasks,
                version);
    }

    /** "the third and final meeting". */
    public String ordinalWords() {
        return Ordinals.meeting(ordinal, finalMeeting);
    }

    /** "More than 20 experts from 9 member committees and other regions", or null where nothing was counted. */
    public @Nullable String attendanceWords() {
        return Attendance.words(expertsCount, committeesCount, attendanceQualifier, includesOtherRegions);
    }

    /** The attendance as a page says it, in the reader's language; null where nothing was counted. */
    public @Nullable Phrase attendance() {
        return Attendance.phrase(expertsCount, committeesCount, attendanceQualifier, includesOtherRegions);
    }

    /** The same record with these proposals in place of its own. */
    public MeetingRecord withProposals(List<ProposalView> changed) {
        return new MeetingRecord(
                id,
                studyGroupId,
                studyGroupTitle,
                ordinal,
                finalMeeting,
                title,
                startsOn,
                endsOn,
                city,
                country,
                hostCommitteeId,
                hostCommittee,
                expertsCount,
                committeesCount,
                attendanceQualifier,
                includesOtherRegions,
                attributionRule,
                courtesy,
                houseStyle,
                named,
                participantsCount,
                participants,
                sessions,
                changed,
                nextTasks,
                version);
    }

    /** The intervention with this id, wherever it is in the sessions. */
    public Optional<InterventionView> intervention(long interventionId) {
        return sessions.stream()
                .flatMap(s -> s.interventionsInOrder().stream())
                .filter(i -> i.id() == interventionId)
                .findFirst();
    }

    /** The participants of a named record; a redacted one names nobody, and asking it for them is a mistake. */
    public List<ParticipantView> namedParticipants() {
        return Objects.requireNonNull(participants, "a redacted record names no participants");
    }

    public MeetingSummary summary() {
        return new MeetingSummary(
                id,
                studyGroupId,
                ordinal,
                finalMeeting,
                title,
                startsOn,
                endsOn,
                city,
                country,
                attributionRule,
                version);
    }
}
