package plenary.studygroups;

import java.util.List;
import java.util.Optional;

/** What other modules may read of the study groups. */
public interface StudyGroups {

    List<StudyGroupView> all();

    Optional<StudyGroupView> find(long id);
}
