package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataIntegrityViolationException;
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

    private final PageAttributes pageAttributes;

    PageProblems(PageAttributes pageAttributes) {
        this.pageAttributes = pageAttributes;
    }

    @ExceptionHandler(RecordNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RecordNotFound e, Model model, HttpServletRequest request) {
        return problem(model, request, "Not found", e.getMessage());
    }

    @ExceptionHandler(RecordInUse.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String inUse(RecordInUse e, Model model, HttpServletRequest request) {
        return problem(model, request, "Still in use", e.getMessage());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(DataIntegrityViolationException e, Model model, HttpServletRequest request) {
        return problem(model, request, "Conflicts with other records",
                "The change conflicts with other records (a duplicate, or a record still referred to); nothing was changed.");
    }

    // Exception handlers run outside the model attribute methods, so the layout's page is added here.
    private String problem(Model model, HttpServletRequest request, String title, String detail) {
        model.addAttribute("page", pageAttributes.page(request));
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "web/problem";
    }
}
