package plenary.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import plenary.kernel.DatabaseRefusal;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/**
 * Turns every refused API request into RFC 9457 problem details that name each field and the rule it broke.
 */
// Last of the advices: a module answers its own exceptions first, and this one answers the rest (its catch-all
// included).
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRecord.class)
    ProblemDetail invalid(InvalidRecord e) {
        return invalid(e.violations());
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(StaleEdit.class)
    ProblemDetail stale(StaleEdit e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "stale-edit",
                "Stale edit",
                e.getMessage() + "; nothing was changed. Merge your edit into the current state and send it again.");
        problem.setProperty("current", e.current());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail raced(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "stale-edit",
                "Stale edit",
                "The record was changed by someone else at the same moment; nothing was changed. Load it again.");
    }

    @ExceptionHandler(RecordInUse.class)
    ProblemDetail inUse(RecordInUse e) {
        return problem(HttpStatus.CONFLICT, "in-use", "Record in use", e.getMessage());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        if (!refusal.isConflict()) {
            return Failures.logged(e);
        }
        ProblemDetail problem = refusal.kind() == DatabaseRefusal.Kind.DUPLICATE
                ? problem(
                        HttpStatus.CONFLICT,
                        "duplicate",
                        "Duplicate",
                        "Another record already holds this value (" + refusal.constraint() + "); nothing was changed.")
                : problem(
                        HttpStatus.CONFLICT,
                        "in-use",
                        "Record in use",
                        "The change would break a reference between records (" + refusal.constraint()
                                + "); nothing was changed.");
        problem.setProperty("constraint", refusal.constraint());
        return problem;
    }

    /** Whatever no other handler answers is Plenary's fault: logged with its cause, never dressed up as a 4xx. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these with 401 or 403.
        }
        return Failures.logged(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new Violation(e.getName(), "type", "is not a valid " + typeName(e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(JsonReadFailure.violation(e))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Violation(
                        f.getField(),
                        String.valueOf(f.getCode()),
                        // A violation without a message would make Map.of in invalid() throw: say what FormErrors says.
                        Objects.requireNonNullElse(f.getDefaultMessage(), "is not a valid value")))
                .toList();
        return ResponseEntity.badRequest().body(invalid(violations));
    }

    static ProblemDetail invalid(List<Violation> violations) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-record",
                "Invalid record",
                "The request breaks " + violations.size() + (violations.size() == 1 ? " rule" : " rules")
                        + "; nothing was changed.");
        problem.setProperty(
                "violations",
                violations.stream()
                        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
                        .toList());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    private static String typeName(@Nullable Class<?> type) {
        return type == null ? "value" : type.getSimpleName().toLowerCase();
    }
}
