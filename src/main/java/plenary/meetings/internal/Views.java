package plenary.meetings.internal;

import java.util.List;
import java.util.Map;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkView;
import plenary.meetings.NextTaskView;
import plenary.meetings.ParticipantView;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;

/** Turns stored records into the named views, given the people and link targets they mention. */
final class Views {

    private final Map<PersonId, PersonView> people;
    private final Map<Long, InterventionTargets.Target> targets;

    Views(Map<PersonId, PersonView> people, Map<Long, InterventionTargets.Target> targets) {
        this.people = people;
        this.targets = targets;
    }

    SessionView session(Session s, List<InterventionView> interventions) {
        return new SessionView(
                s.id(),
                s.number(),
                s.theme(),
                s.objectiveTexts(),
                person(s.chairPersonId()),
                name(s.chairPersonId()),
                interventions,
                s.version());
    }

    ParticipantView participant(Participant p) {
        return new ParticipantView(p.id(), person(p.personId()), name(p.personId()), p.capacity(), p.version());
    }

    InterventionView intervention(Intervention i) {
        List<LinkView> links = i.links().stream()
                .filter(l -> targets.containsKey(l.targetId()))
                .map(l -> {
                    InterventionTargets.Target t = targets.get(l.targetId());
                    return new LinkView(
                            l.kind(), t.id(), t.meetingId(), t.meetingOrdinal(), t.sessionNumber(), t.kind());
                })
                .toList();
        return new InterventionView(
                i.id(),
                i.sessionId(),
                i.position(),
                person(i.speakerPersonId()),
                name(i.speakerPersonId()),
                i.kind(),
                i.summary(),
                i.paperTitle(),
                i.stance(),
                i.subjects(),
                links,
                i.speakerDescribedBy(),
                i.version());
    }

    ProposalView proposal(Proposal p) {
        List<PositionView> positions = p.positions().stream()
                .map(x -> new PositionView(
                        x.stance(), person(x.personId()), name(x.personId()), x.interventionId(), x.note()))
                .toList();
        return new ProposalView(p.id(), p.text(), p.interventionId(), positions, p.version());
    }

    NextTaskView nextTask(NextTask t) {
        List<String> names = t.ownerPersonIds().stream().map(this::name).toList();
        return new NextTaskView(
                t.id(),
                t.position(),
                t.description(),
                t.owner(),
                t.ownerPersonIds().stream().map(PersonId::new).toList(),
                names,
                t.dueOn(),
                t.dueNote(),
                t.version());
    }

    private static PersonId person(Long personId) {
        return personId == null ? null : new PersonId(personId);
    }

    private String name(Long personId) {
        if (personId == null) {
            return null;
        }
        PersonView person = people.get(new PersonId(personId));
        return person == null ? "(person " + personId + ")" : person.name();
    }
}
