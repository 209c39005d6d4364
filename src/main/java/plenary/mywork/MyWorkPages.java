package plenary.mywork;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": the page that lists what awaits the signed-in person, where the form sign-in lands. */
@Controller
class MyWorkPages {

    private final MyWork work;

    MyWorkPages(MyWork work) {
        this.work = work;
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        model.addAttribute("items", work.awaiting());
        model.addAttribute("asked", MyWork.asked());
        return "mywork/my-work";
    }
}
