package plenary.web;

import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Plenary's own faults: each is logged with its cause under a reference that the answer repeats, so that the
 * person who met it can quote it and an operator can find it; the answer itself reveals nothing of the cause.
 */
final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /** Logs the failure with its cause; answers the reference it is logged under. */
    static String log(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure, reference {}", reference, e);
        return reference;
    }

    /** What the person who met the failure is told, pages and API alike. */
    static String detail(String reference) {
        return "The request failed on Plenary's side and was not carried out. The failure is logged under reference "
                + reference + ".";
    }

    /** The failure logged, and answered as a problem detail that repeats its reference. */
    static ProblemDetail logged(Throwable e) {
        String reference = log(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, detail(reference));
        problem.setType(URI.create("/problems/internal-error"));
        problem.setTitle("Internal error");
        problem.setProperty("reference", reference);
        return problem;
    }
}
