package plenary.meetings.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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

    /** The session, with its interventions or (in an answer to a write on it) without them. */
    SessionView session(Session s, @Nullable List<InterventionView> interventions) {
        return new SessionView(
                s.savedId(),
                s.number(),
                s.theme(),
                s.objectiveTexts(),
                person(s.chairPersonId()),
                name(s.chairPersonId()),
                interventions,
                s.savedVersion());
    }

    ParticipantView participant(Participant p) {
        return new ParticipantView(
                p.savedId(), new PersonId(p.personId()), nameOf(p.personId()), p.capacity(), p.savedVersion());
    }

    InterventionView intervention(Intervention i) {
        List<LinkView> links = i.links().stream()
                .filter(l -> targets.containsKey(l.targetId()))
                .map(l -> {
                    // Only links whose target was found pass the filter.
                    InterventionTargets.Target t = Objects.requireNonNull(targets.get(l.targetId()));
                    return new LinkView(
                            l.kind(), t.id(), t.meetingId(), t.meetingOrdinal(), t.sessionNumber(), t.kind());
                })
                .toList();
        return new InterventionView(
                i.savedId(),
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
                i.savedVersion());
    }

    ProposalView proposal(Proposal p) {
        List<PositionView> positions = p.positions().stream()
                .map(x -> new PositionView(
                        x.stance(), person(x.personId()), name(x.personId()), x.interventionId(), x.note()))
                .toList();
        return new ProposalView(
                p.savedId(), p.text(), p.interventionId(), positions, p.institutionIds(), p.savedVersion());
    }

    NextTaskView nextTask(NextTask t) {
        List<String> names = t.ownerPersonIds().stream().map(this::nameOf).toList();
        return new NextTaskView(
                t.savedId(),
                t.position(),
                t.description(),
                t.owner(),
                t.ownerPersonIds().stream().map(PersonId::new).toList(),
                names,
                t.dueOn(),
                t.dueNote(),
                t.savedVersion());
    }

    private static @Nullable PersonId person(@Nullable Long personId) {
        return personId == null ? null : new PersonId(personId);
    }

    private @Nullable String name(@Nullable Long personId) {
        return personId == null ? null : nameOf(personId);
    }

    private String nameOf(long personId) {
        PersonView person = people.get(new PersonId(personId));
        return person == null ? "(person " + personId + ")" : person.name();
    }
}
