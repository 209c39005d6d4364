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

/** The people of the organisation, for the secretariat. */
@RestController
@RequestMapping("/api/people")
class PersonApi {

    private final PersonRecords people;

    PersonApi(PersonRecords people) {
        this.people = people;
    }

    @GetMapping
    List<PersonView> all() {
        return people.all();
    }

    @GetMapping("/{id}")
    PersonView one(@PathVariable long id) {
        return people.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonView create(@Valid @RequestBody PersonForm form) {
        return people.create(form);
    }

    @PutMapping("/{id}")
    PersonView update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        return people.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        people.delete(id);
    }
}
