package plenary.directory;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Pages where the secretariat manages committees. */
@Controller
@RequestMapping("/directory/committees")
class CommitteePages extends EntryPages<CommitteeForm, CommitteeView> {

    private final CommitteeRecords committees;

    CommitteePages(CommitteeRecords committees) {
        super("/directory/committees", "directory/committee");
        this.committees = committees;
    }

    @Override
    List<CommitteeView> all() {
        return committees.all();
    }

    @Override
    CommitteeView get(long id) {
        return committees.get(id);
    }

    @Override
    CommitteeView create(CommitteeForm form) {
        return committees.create(form);
    }

    @Override
    CommitteeView update(long id, CommitteeForm form) {
        return committees.update(id, form);
    }

    @Override
    void remove(long id) {
        committees.delete(id);
    }

    @Override
    CommitteeForm blankForm() {
        return new CommitteeForm(null, null, null, null, null);
    }

    @Override
    CommitteeForm formOf(CommitteeView c) {
        return new CommitteeForm(c.name(), c.acronym(), c.kind(), c.country(), c.version());
    }
}
