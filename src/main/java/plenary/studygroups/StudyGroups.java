package plenary.studygroups;

import java.util.List;
import java.util.Optional;

/** What other modules may read of the study groups; open to everyone, as the public sees study groups too. */
public interface StudyGroups {

    /** Every study group, by title. */
    List<StudyGroupView> all();

    Optional<StudyGroupView> find(StudyGroupId id);
}
