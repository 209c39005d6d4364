package plenary.studygroups;

import java.util.List;
import java.util.Optional;
import plenary.directory.PersonId;

/** What other modules may read of the study groups; open to everyone, as the public sees study groups too. */
public interface StudyGroups {

    /** Every study group, by title. */
    List<StudyGroupView> all();

    Optional<StudyGroupView> find(StudyGroupId id);

    /** The study groups the person co-chairs or is a rapporteur of, read from the person, not from every group. */
    List<StudyGroupId> ledBy(PersonId person);
}
