package plenary.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingRecords;
import plenary.meetings.MeetingSummary;
import plenary.positions.internal.AssessmentTable;
import plenary.positions.internal.MemorandumReading;
import plenary.positions.internal.OutcomeTable;
import plenary.positions.internal.PositionLines;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The positions map as the one signed in may read it: a study group's, or one proposal's line of it. Each read
 * goes through the owning module's public read for that reader (the meetings under their attribution rules), so
 * it is not one transaction: a meeting or memorandum that refuses the reader is left out rather than failing all.
 */
@Service
public class PositionMaps {

    private final StudyGroups groups;
    private final MeetingRecords meetings;
    private final MemorandumReading memoranda;
    private final Institutions institutions;

    PositionMaps(StudyGroups groups, MeetingRecords meetings, MemorandumReading memoranda, Institutions institutions) {
        this.groups = groups;
        this.meetings = meetings;
        this.memoranda = memoranda;
        this.institutions = institutions;
    }

    /** The study group's map; refused to one not signed in, not found for an unknown group. */
    public GroupPositions ofStudyGroup(StudyGroupId id) {
        StudyGroupView group = groups.find(id).orElseThrow(() -> new RecordNotFound("Study group", id));
        List<MeetingRecord> records = records(id);
        OutcomeTable outcomes = memoranda.of(id);
        AssessmentTable assessments = new AssessmentTable(records);
        Map<InstitutionId, InstitutionView> named = institutions.find(assessments.institutionIds());
        return new GroupPositions(
                id,
                group.title(),
                new PositionLines(records).all(outcomes::of),
                assessments.institutions(
                        i -> named.containsKey(i) ? named.get(i).name() : "Institution " + i),
                assessments.issueAreas());
    }

    /** One proposal's positions and outcome, read in the map of its study group. */
    public ProposalPositions ofProposal(long proposalId) {
        MeetingId meeting =
                meetings.meetingOfProposal(proposalId).orElseThrow(() -> new RecordNotFound("Proposal", proposalId));
        StudyGroupId group = meetings.get(meeting).studyGroupId();
        List<MeetingRecord> records = records(group);
        OutcomeTable outcomes = memoranda.of(group);
        return new PositionLines(records)
                .all(outcomes::of).stream()
                        .filter(p -> p.proposalId() == proposalId)
                        .findFirst()
                        .orElseThrow(() -> new RecordNotFound("Proposal", proposalId));
    }

    private List<MeetingRecord> records(StudyGroupId group) {
        List<MeetingRecord> records = new ArrayList<>();
        for (MeetingSummary summary : meetings.summaries(group.value())) {
            try {
                records.add(meetings.get(summary.id()));
            } catch (AccessDeniedException refused) {
                // Left out: the map shows only the meetings the reader may read.
            }
        }
        return records;
    }
}
