package plenary.reports;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.Bounds;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.web.FormErrors;
import plenary.web.Notices;

/**
 * How the report page's forms answer: a command done goes back to the report with a notice; one refused shows the
 * report again with why (broken rules beside their fields, a stale edit above, the leaks beside their texts, the
 * places to confirm in the publish form).
 */
@Component
class PageActions {

    private final ReportPageViews pageViews;
    private final Validator validator;

    PageActions(ReportPageViews pageViews, Validator validator) {
        this.pageViews = pageViews;
        this.validator = validator;
    }

    /** The form made from the page's parameters, unless it breaks its bounds (then refused as an invalid record). */
    <T> T bounded(T form) {
        return Bounds.checked(validator, form);
    }

    String act(
            long meetingId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Supplier<?> command,
            Object... done) {
        return act(meetingId, Map.of(), model, redirect, response, command, done);
    }

    /**
     * @param submitted the texts sent, shown again in their fields when the command is refused
     * @param done      the key of the notice that says it was done, then its arguments
     */
    String act(
            long meetingId,
            Map<String, String> submitted,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Supplier<?> command,
            Object... done) {
        try {
            command.get();
        } catch (InvalidRecord e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, pageViews.of(meetingId, null, submitted, List.of(), FormErrors.of(e)));
        } catch (StaleEdit e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, pageViews.of(meetingId, null, submitted, List.of(), FormErrors.of(e)));
        } catch (ReportLeaks e) {
            response.setStatus(422);
            return page(model, pageViews.of(meetingId, null, submitted, e.leaks(), FormErrors.none()));
        } catch (UnconfirmedPlaces e) {
            response.setStatus(422);
            return page(model, pageViews.of(meetingId, null, submitted, List.of(), e.places(), FormErrors.none()));
        }
        Notices.tell(redirect, (String) done[0], Arrays.copyOfRange(done, 1, done.length));
        return "redirect:/meetings/" + meetingId + "/report";
    }

    static String page(Model model, ReportPageView view) {
        model.addAttribute("view", view);
        return "reports/report";
    }
}
