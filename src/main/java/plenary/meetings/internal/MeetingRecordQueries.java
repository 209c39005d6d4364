package plenary.meetings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.PersonId;
import plenary.meetings.AttributionRule;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.meetings.ProposalTaken;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

@Component
@Transactional(readOnly = true)
class MeetingRecordQueries implements Meetings {

    private final MeetingRepository meetings;
    private final MeetingGate gate;
    private final RecordAssembly assembly;
    private final ProposalsTaken proposals;

    MeetingRecordQueries(
            MeetingRepository meetings, MeetingGate gate, RecordAssembly assembly, ProposalsTaken proposals) {
        this.meetings = meetings;
        this.gate = gate;
        this.assembly = assembly;
        this.proposals = proposals;
    }

    @Override
    public List<MeetingSummary> ofStudyGroup(StudyGroupId studyGroupId) {
        List<Meeting> found = meetings.findByStudyGroupIdOrderByOrdinal(studyGroupId.value());
        if (found.isEmpty()) {
            return List.of();
        }
        StudyGroupView group = gate.group(studyGroupId.value());
        return found.stream().map(m -> assembly.summary(m, group)).toList();
    }

    @Override
    public List<MeetingSummary> ofStudyGroup(StudyGroupView group) {
        return meetings.findByStudyGroupIdOrderByOrdinal(group.id().value()).stream()
                .map(m -> assembly.summary(m, group))
                .toList();
    }

    @Override
    public List<ProposalTaken> proposals(StudyGroupId studyGroupId, Collection<Long> proposalIds) {
        return proposals.of(studyGroupId.value(), proposalIds, () -> gate.group(studyGroupId.value()));
    }

    @Override
    public List<ProposalTaken> proposals(StudyGroupId studyGroupId) {
        return proposals.of(studyGroupId.value(), null, () -> gate.group(studyGroupId.value()));
    }

    @Override
    public Set<Long> proposalIds(StudyGroupId studyGroupId) {
        return proposals.ids(studyGroupId.value());
    }

    @Override
    public List<MeetingSummary> ofStudyGroups(Collection<StudyGroupView> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, StudyGroupView> byId =
                groups.stream().collect(Collectors.toMap(g -> g.id().value(), Function.identity(), (a, b) -> a));
        return meetings.findByStudyGroupIdInOrderByStudyGroupIdAscOrdinalAsc(byId.keySet()).stream()
                .map(m -> assembly.summary(m, Objects.requireNonNull(byId.get(m.studyGroupId()))))
                .toList();
    }

    @Override
    public Set<MeetingId> attendedBy(PersonId personId) {
        return meetings.attendedBy(personId.value()).stream()
                .map(MeetingId::new)
                .collect(Collectors.toSet());
    }

    @Override
    public Set<StudyGroupId> studyGroupsOf(Collection<MeetingId> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Set.of();
        }
        return meetings
                .studyGroupIdsOf(meetingIds.stream().map(MeetingId::value).toList())
                .stream()
                .map(StudyGroupId::new)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<MeetingRecord> record(MeetingId meetingId) {
        return meetings.findById(meetingId.value()).map(m -> assembly.named(m, gate.group(m.studyGroupId())));
    }

    @Override
    public MeetingRecord described(MeetingRecord named) {
        return named.attributionRule() == AttributionRule.NAMED ? named : assembly.redacted(named);
    }
}
