package plenary.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers what reaches the servlet container's error page: a page for browsers, a problem detail for everyone
 * else (the API's unknown addresses among them). A visit to {@code /error} itself is no error of Plenary's: it
 * finds nothing there, and says so.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("error", status.getReasonPhrase());
        model.addAttribute("path", path(request));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, path(request)));
        problem.setType(URI.create("/problems/" + status.name().toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND; // asked for /error directly: there is nothing to show
        }
        HttpStatus status = HttpStatus.resolve((Integer) code);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    private static String detail(HttpStatus status, String path) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at " + path + ".";
            case METHOD_NOT_ALLOWED -> path + " does not answer this method.";
            case FORBIDDEN -> "Your account's role does not allow this.";
            case UNAUTHORIZED -> "This needs a signed-in account.";
            // 413 resolves to CONTENT_TOO_LARGE (RFC 9110's name), never to the older PAYLOAD_TOO_LARGE.
            case CONTENT_TOO_LARGE -> "The request is larger than Plenary accepts; nothing was changed.";
            default ->
                status.is4xxClientError()
                        ? "The request could not be carried out; nothing was changed."
                        : "The request failed on Plenary's side and was not carried out.";
        };
    }
}
