package plenary.meetings.internal;

import java.util.List;
import java.util.function.Function;
import plenary.directory.PersonId;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingRecord;
import plenary.meetings.NextTaskView;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;

/**
 * Turns a named meeting record into the one the attribution rule allows others to see: no participants list,
 * no person id and no name anywhere, speakers and position holders as the rule describes them.
 */
final class Redaction {

    private Redaction() {}

    /**
     * @param describers the description of a person under a rule, by person id: the meeting's rule for most,
     *                   another for an intervention whose speaker the record describes otherwise
     */
    static MeetingRecord redact(MeetingRecord named, Function<AttributionRule, Function<PersonId, String>> describers) {
        Function<PersonId, String> describe = describers.apply(named.attributionRule());
        MeetingRecord r = named;
        return new MeetingRecord(
                r.id(),
                r.studyGroupId(),
                r.studyGroupTitle(),
                r.ordinal(),
                r.finalMeeting(),
                r.title(),
                r.startsOn(),
                r.endsOn(),
                r.city(),
                r.country(),
                r.hostCommitteeId(),
                r.hostCommittee(),
                r.expertsCount(),
                r.committeesCount(),
                r.attendanceQualifier(),
                r.includesOtherRegions(),
                r.attributionRule(),
                r.courtesy(),
                r.houseStyle(),
                false,
                r.participantsCount(),
                null,
                r.sessions().stream().map(s -> session(s, describe, describers)).toList(),
                r.proposals().stream().map(p -> proposal(p, describe)).toList(),
                r.nextTasks().stream().map(Redaction::nextTask).toList(),
                r.version());
    }

    private static SessionView session(
            SessionView s,
            Function<PersonId, String> describe,
            Function<AttributionRule, Function<PersonId, String>> describers) {
        List<InterventionView> interventions = s.interventionsInOrder().stream()
                .map(i -> intervention(
                        i, i.speakerDescribedBy() == null ? describe : describers.apply(i.speakerDescribedBy())))
                .toList();
        return new SessionView(s.id(), s.number(), s.theme(), s.objectives(), null, null, interventions, s.version());
    }

    private static InterventionView intervention(InterventionView i, Function<PersonId, String> describe) {
        String speaker = i.speakerPersonId() == null ? null : describe.apply(i.speakerPersonId());
        return new InterventionView(
                i.id(),
                i.sessionId(),
                i.position(),
                null,
                speaker,
                i.kind(),
                i.summary(),
                i.paperTitle(),
                i.stance(),
                i.subjects(),
                i.links(),
                i.speakerDescribedBy(),
                i.version());
    }

    private static ProposalView proposal(ProposalView p, Function<PersonId, String> describe) {
        List<PositionView> positions = p.positions().stream()
                .map(x -> new PositionView(
                        x.stance(),
                        null,
                        x.personId() == null ? null : describe.apply(x.personId()),
                        x.interventionId(),
                        x.note()))
                .toList();
        return new ProposalView(p.id(), p.text(), p.interventionId(), positions, p.institutionIds(), p.version());
    }

    private static NextTaskView nextTask(NextTaskView t) {
        return new NextTaskView(
                t.id(), t.position(), t.description(), t.owner(), null, null, t.dueOn(), t.dueNote(), t.version());
    }
}
