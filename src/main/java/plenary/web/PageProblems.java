package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import plenary.kernel.DatabaseRefusal;
import plenary.kernel.Phrase;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;

/** Shows a readable page for errors that a page controller does not handle itself. */
// Last of the advices: a module answers its own exceptions first, and this one answers the rest (its catch-all
// included).
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    private final PageAttributes pageAttributes;

    PageProblems(PageAttributes pageAttributes) {
        this.pageAttributes = pageAttributes;
    }

    @ExceptionHandler(RecordNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RecordNotFound e, Model model, HttpServletRequest request) {
        return problem(
                model, request, "not-found", Phrase.of("web.problem.record-not-found", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(RecordInUse.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String inUse(RecordInUse e, Model model, HttpServletRequest request) {
        return problem(
                model, request, "in-use", Phrase.of("web.problem.record-in-use", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String conflict(
            DataIntegrityViolationException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        if (!refusal.isConflict()) {
            return fault(e, model, request, response);
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        return refusal.kind() == DatabaseRefusal.Kind.DUPLICATE
                ? problem(model, request, "duplicate", Phrase.of("web.problem.duplicate-value"))
                : problem(model, request, "in-use", Phrase.of("web.problem.broken-reference"));
    }

    /** Plenary's own faults: logged with their cause, shown as what they are. */
    @ExceptionHandler(Exception.class)
    String failed(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (answeredElsewhere(e)) {
            throw e;
        }
        return fault(e, model, request, response);
    }

    private String fault(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return problem(model, request, "failed", Phrase.of("web.problem.failure-logged", Failures.log(e)));
    }

    /** Spring Security answers these with 401 or 403, Spring MVC the malformed requests with their own 4xx. */
    private static boolean answeredElsewhere(Exception e) {
        return e instanceof AccessDeniedException
                || e instanceof AuthenticationException
                || e instanceof ErrorResponse
                || e instanceof TypeMismatchException
                || e instanceof HttpMessageNotReadableException
                || e instanceof BindException;
    }

    /**
     * The page of a problem, its title {@code web.problem.<kind>}; the details name records in English, so the
     * English text repeats them and the Russian says what they say in general.
     */
    // Exception handlers run outside the model attribute methods, so the layout's page is added here.
    private String problem(Model model, HttpServletRequest request, String kind, Phrase detail) {
        model.addAttribute("page", pageAttributes.page(request));
        model.addAttribute("title", Phrase.of("web.problem." + kind));
        model.addAttribute("detail", detail);
        return "web/problem";
    }
}
