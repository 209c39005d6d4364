package plenary.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.institutions.InstitutionId;
import plenary.institutions.Institutions;
import plenary.kernel.RecordNotFound;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.Meetings;
import plenary.reports.composition.ReportContext;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/** Gathers from the other modules everything a meeting's report is composed from. */
@Component
@Transactional(readOnly = true)
class MeetingReportSources {

    private final Meetings meetings;
    private final StudyGroups studyGroups;
    private final Directory directory;
    private final Institutions institutions;

    MeetingReportSources(Meetings meetings, StudyGroups studyGroups, Directory directory, Institutions institutions) {
        this.meetings = meetings;
        this.studyGroups = studyGroups;
        this.directory = directory;
        this.institutions = institutions;
    }

    ReportContext of(long meetingId) {
        MeetingRecord meeting =
                meetings.record(new MeetingId(meetingId)).orElseThrow(() -> new RecordNotFound("Meeting", meetingId));
        StudyGroupView group = studyGroups
                .find(meeting.studyGroupId())
                .orElseThrow(() -> new RecordNotFound("Study group", meeting.studyGroupId()));
        Set<InstitutionId> institutionIds = new HashSet<>();
        meeting.sessions()
                .forEach(s -> s.interventionsInOrder().stream()
                        .map(InterventionView::subjects)
                        .forEach(subjects -> subjects.institutionIds().stream()
                                .filter(Objects::nonNull)
                                .forEach(id -> institutionIds.add(new InstitutionId(id)))));
        Map<CommitteeId, CommitteeView> committees =
                directory.committees().stream().collect(Collectors.toMap(CommitteeView::id, Function.identity()));
        Set<PersonId> personIds = new HashSet<>();
        meeting.namedParticipants().forEach(p -> personIds.add(p.personId()));
        personIds.addAll(group.coChairIds());
        Map<Long, PersonId> earlierSpeakers = earlierSpeakers(meeting);
        personIds.addAll(earlierSpeakers.values());
        return new ReportContext(
                meeting,
                group,
                directory.people(personIds),
                committees,
                institutions.find(institutionIds),
                meetings.ofStudyGroup(group),
                earlierSpeakers);
    }

    /** The speakers of the earlier meetings' interventions that this meeting's link to, read once a meeting. */
    private Map<Long, PersonId> earlierSpeakers(MeetingRecord meeting) {
        Map<Long, Set<Long>> targets = new HashMap<>();
        meeting.sessions().stream()
                .flatMap(s -> s.interventionsInOrder().stream())
                .flatMap(i -> i.links().stream())
                .filter(l -> l.targetMeetingId() != meeting.id().value())
                .forEach(l -> targets.computeIfAbsent(l.targetMeetingId(), m -> new HashSet<>())
                        .add(l.targetId()));
        Map<Long, PersonId> speakers = new HashMap<>();
        targets.forEach((meetingId, ids) -> meetings.record(new MeetingId(meetingId))
                .ifPresent(earlier -> ids.forEach(id -> earlier.intervention(id)
                        .map(InterventionView::speakerPersonId)
                        .ifPresent(speaker -> speakers.put(id, speaker)))));
        return speakers;
    }
}
