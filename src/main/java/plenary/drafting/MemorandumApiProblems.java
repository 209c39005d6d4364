package plenary.drafting;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a save that conflicts with another as a problem detail holding both texts of every part in conflict. */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the application-wide advice and its catch-all
@RestControllerAdvice(basePackageClasses = MemorandumApiProblems.class)
class MemorandumApiProblems {

    @ExceptionHandler(MemorandumConflict.class)
    ProblemDetail conflict(MemorandumConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                e.getMessage() + ". Each conflict holds your text and theirs; merge and save again.");
        problem.setType(URI.create("/problems/edit-conflict"));
        problem.setTitle("Edit conflict");
        problem.setProperty("conflicts", e.parts());
        problem.setProperty("current", e.current());
        return problem;
    }
}
