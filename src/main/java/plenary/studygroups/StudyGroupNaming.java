package plenary.studygroups;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;

/** Puts the directory's names to the ids a study group holds, for pages. */
@Component
class StudyGroupNaming {

    private final Directory directory;

    StudyGroupNaming(Directory directory) {
        this.directory = directory;
    }

    List<StudyGroupPageView> named(List<StudyGroupView> groups) {
        Map<CommitteeId, CommitteeView> committees = committees();
        Map<PersonId, PersonView> people = directory.people(groups.stream()
                .flatMap(g -> Stream.concat(g.coChairIds().stream(), g.rapporteurIds().stream()))
                .collect(Collectors.toSet()));
        return groups.stream()
                .map(g -> new StudyGroupPageView(
                        g,
                        people(g.coChairIds(), people, committees),
                        people(g.rapporteurIds(), people, committees),
                        g.committeeIds().stream()
                                .map(committees::get)
                                .filter(Objects::nonNull)
                                .toList()))
                .toList();
    }

    StudyGroupPageView named(StudyGroupView group) {
        return named(List.of(group)).get(0);
    }

    /** Everyone in the directory, for the form's choices. */
    List<NamedPersonView> everyone() {
        Map<CommitteeId, CommitteeView> committees = committees();
        return directory.people().stream().map(p -> named(p, committees)).toList();
    }

    /** The member committees, which alone may take part in a study group. */
    List<CommitteeView> memberCommittees() {
        return directory.committees().stream()
                .filter(c -> c.kind() == CommitteeKind.MEMBER_COMMITTEE)
                .toList();
    }

    private Map<CommitteeId, CommitteeView> committees() {
        return directory.committees().stream().collect(Collectors.toMap(CommitteeView::id, Function.identity()));
    }

    private static List<NamedPersonView> people(
            Collection<PersonId> ids, Map<PersonId, PersonView> people, Map<CommitteeId, CommitteeView> committees) {
        return ids.stream()
                .map(people::get)
                .filter(Objects::nonNull)
                .map(p -> named(p, committees))
                .toList();
    }

    private static NamedPersonView named(PersonView person, Map<CommitteeId, CommitteeView> committees) {
        CommitteeView committee = person.committeeId() == null ? null : committees.get(person.committeeId());
        return new NamedPersonView(person.id(), person.name(), committee == null ? null : committee.shortName());
    }
}
