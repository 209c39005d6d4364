package plenary.studygroups.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

@Component
@Transactional(readOnly = true)
class StudyGroupQueries implements StudyGroups {

    private final StudyGroupRepository groups;

    StudyGroupQueries(StudyGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public List<StudyGroupView> all() {
        return groups.findAllByOrderByTitle().stream().map(StudyGroup::view).toList();
    }

    @Override
    public Optional<StudyGroupView> find(StudyGroupId id) {
        return groups.findById(id.value()).map(StudyGroup::view);
    }
}
