package plenary.directory;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.kernel.Identifier;

/** Pages where the secretariat manages the people who take part. */
@Controller
@RequestMapping("/directory/people")
class PersonPages extends EntryPages<PersonForm, PersonView> {

    private final PersonRecords people;
    private final Directory directory;

    PersonPages(PersonRecords people, Directory directory) {
        super("/directory/people", "directory/person");
        this.people = people;
        this.directory = directory;
    }

    @Override
    List<PersonView> all() {
        return people.all();
    }

    @Override
    PersonView get(long id) {
        return people.get(id);
    }

    @Override
    PersonView create(PersonForm form) {
        return people.create(form);
    }

    @Override
    PersonView update(long id, PersonForm form) {
        return people.update(id, form);
    }

    @Override
    void remove(long id) {
        people.delete(id);
    }

    @Override
    PersonForm blankForm() {
        return new PersonForm(null, null, null, null, null, null, null);
    }

    @Override
    PersonForm formOf(PersonView p) {
        return new PersonForm(
                p.name(),
                p.nationality(),
                p.affiliation(),
                Identifier.numberOf(p.committeeId()),
                p.pronoun(),
                p.email(),
                p.version());
    }

    @Override
    void offerChoices(Model model) {
        model.addAttribute("committees", directory.committees());
    }
}
