package plenary.studygroups;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import plenary.kernel.RecordNotFound;

/** Study groups: anyone reads them, the secretariat keeps them. */
@RestController
@RequestMapping("/api/study-groups")
class StudyGroupApi {

    private final StudyGroups groups;
    private final StudyGroupRecords records;

    StudyGroupApi(StudyGroups groups, StudyGroupRecords records) {
        this.groups = groups;
        this.records = records;
    }

    @GetMapping
    List<StudyGroupView> all() {
        return groups.all();
    }

    @GetMapping("/{id}")
    StudyGroupView one(@PathVariable long id) {
        return groups.find(new StudyGroupId(id)).orElseThrow(() -> new RecordNotFound("Study group", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StudyGroupView create(@Valid @RequestBody StudyGroupForm form) {
        return records.create(form);
    }

    @PutMapping("/{id}")
    StudyGroupView update(@PathVariable long id, @Valid @RequestBody StudyGroupForm form) {
        return records.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        records.delete(id);
    }
}
