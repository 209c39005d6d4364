package plenary.drafting;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.meetings.ProposalTaken;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The memorandum drafted from the study group's record, as the co-chairs start it, and where the proposals a
 * memorandum cites stand in that record. It reads the meetings' named records, which need no sign-in: whoever
 * shows a standing to people decides whether they may see it.
 */
@Component
@Transactional(readOnly = true)
public class FirstDrafts {

    private final StudyGroups studyGroups;
    private final Meetings meetings;
    private final Directory directory;

    FirstDrafts(StudyGroups studyGroups, Meetings meetings, Directory directory) {
        this.studyGroups = studyGroups;
        this.meetings = meetings;
        this.directory = directory;
    }

    /**
     * A first draft: its text, and the standings of the proposals each paragraph cites, by paragraph key in
     * reading order.
     */
    public record FirstDraft(MemorandumText text, Map<String, List<ProposalStanding>> standings) {

        public FirstDraft {
            standings = Collections.unmodifiableMap(new LinkedHashMap<>(standings));
        }
    }

    /** The first draft of the group's memorandum; refused when there is no such group. */
    public FirstDraft draft(StudyGroupId group) {
        StudyGroupView view = studyGroups.find(group).orElseThrow(() -> new RecordNotFound("Study group", group));
        List<MeetingSummary> summaries = meetings.ofStudyGroup(group);
        List<MeetingRecord> records = records(summaries);
        MemorandumText text = DraftComposer.compose(view.title(), summaries, records);
        List<Long> cited = text.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .flatMap(p -> p.proposalIds().stream())
                .toList();
        Map<Long, ProposalStanding> standings = standings(group, cited);
        Map<String, List<ProposalStanding>> byParagraph = new LinkedHashMap<>();
        text.sections()
                .forEach(s -> s.paragraphs()
                        .forEach(p -> byParagraph.put(
                                p.key(),
                                p.proposalIds().stream()
                                        .map(standings::get)
                                        .filter(Objects::nonNull)
                                        .toList())));
        return new FirstDraft(text, byParagraph);
    }

    /** Where these proposals stand, by id; those that are not of the group's meetings are left out. */
    public Map<Long, ProposalStanding> standings(StudyGroupId group, Collection<Long> proposalIds) {
        return standings(meetings.proposals(group, proposalIds));
    }

    /** Where every proposal of the group's meetings stands, by id, in the order of the series. */
    public Map<Long, ProposalStanding> standings(StudyGroupId group) {
        return standings(meetings.proposals(group));
    }

    /** Every proposal of the group's meetings: the only ones its memorandum may cite. */
    public Set<Long> proposalIds(StudyGroupId group) {
        return meetings.proposalIds(group);
    }

    private List<MeetingRecord> records(List<MeetingSummary> summaries) {
        return summaries.stream()
                .map(m -> meetings.record(m.id()))
                .flatMap(Optional::stream)
                .toList();
    }

    // The people and committees are read only where a position names someone.
    private Map<Long, ProposalStanding> standings(List<ProposalTaken> proposals) {
        Set<PersonId> holders = Standings.holdersIn(proposals);
        Standings standings = holders.isEmpty()
                ? new Standings(Map.of(), Map.of())
                : new Standings(
                        directory.people(holders),
                        directory.committees().stream()
                                .collect(Collectors.toMap(CommitteeView::id, Function.identity())));
        return standings.of(proposals);
    }
}
