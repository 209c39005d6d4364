package plenary.directory;

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

/** The committees of the organisation, for the secretariat. */
@RestController
@RequestMapping("/api/committees")
class CommitteeApi {

    private final CommitteeRecords committees;

    CommitteeApi(CommitteeRecords committees) {
        this.committees = committees;
    }

    @GetMapping
    List<CommitteeView> all() {
        return committees.all();
    }

    @GetMapping("/{id}")
    CommitteeView one(@PathVariable long id) {
        return committees.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommitteeView create(@Valid @RequestBody CommitteeForm form) {
        return committees.create(form);
    }

    @PutMapping("/{id}")
    CommitteeView update(@PathVariable long id, @Valid @RequestBody CommitteeForm form) {
        return committees.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        committees.delete(id);
    }
}
