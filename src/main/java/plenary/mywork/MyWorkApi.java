package plenary.mywork;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What awaits the signed-in person, as JSON: the same list as the "My work" page, soonest deadline first. */
@RestController
class MyWorkApi {

    private final MyWork work;

    MyWorkApi(MyWork work) {
        this.work = work;
    }

    @GetMapping("/api/my-work")
    List<WorkView> myWork() {
        return work.awaiting();
    }
}
