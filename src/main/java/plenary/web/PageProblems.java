package plenary.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;

/** Shows a readable page for errors that a page controller does not handle itself. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(RecordNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RecordNotFound e, Model model) {
        return problem(model, "Not found", e.getMessage());
    }

    @ExceptionHandler(RecordInUse.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String inUse(RecordInUse e, Model model) {
        return problem(model, "Still in use", e.getMessage());
    }

    private static String problem(Model model, String title, String detail) {
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "web/problem";
    }
}
