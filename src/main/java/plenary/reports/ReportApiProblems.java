package plenary.reports;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a publication the leak check refused as problem details listing every leak and where it stands, or every
 * place the keeper has still to confirm.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the application-wide advice and its catch-all
@RestControllerAdvice(basePackageClasses = ReportApiProblems.class)
class ReportApiProblems {

    @ExceptionHandler(ReportLeaks.class)
    ProblemDetail leaks(ReportLeaks e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("/problems/leaks"));
        problem.setTitle("The report identifies participants");
        problem.setProperty("leaks", e.leaks());
        return problem;
    }

    @ExceptionHandler(UnconfirmedPlaces.class)
    ProblemDetail unconfirmed(UnconfirmedPlaces e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("/problems/unconfirmed-places"));
        problem.setTitle("The keeper must confirm places that may identify participants");
        problem.setProperty("places", e.places());
        return problem;
    }
}
