package plenary.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.web.FormErrors;

/**
 * The page of a meeting's report for those who keep the meeting's record and its participants: the report as
 * written, its versions, and the forms that write, edit and publish it. Others are sent to the published report.
 */
@Controller
@RequestMapping("/meetings/{meetingId}/report")
class ReportPages {

    private final ReportRecords records;
    private final Reports reports;
    private final ReportPageViews pageViews;
    private final ReportFiles files;
    private final PageActions actions;

    ReportPages(
            ReportRecords records, Reports reports, ReportPageViews pageViews, ReportFiles files, PageActions actions) {
        this.actions = actions;
        this.records = records;
        this.reports = reports;
        this.pageViews = pageViews;
        this.files = files;
    }

    @GetMapping
    String show(@PathVariable long meetingId, @RequestParam(required = false) @Nullable Integer version, Model model) {
        if (!reports.mayReadDrafts(meetingId)) {
            return "redirect:/reports/" + meetingId;
        }
        return page(model, pageViews.of(meetingId, version, Map.of(), List.of(), FormErrors.none()));
    }

    @GetMapping("/download")
    ResponseEntity<byte[]> download(
            @PathVariable long meetingId,
            @RequestParam(defaultValue = "html") String format,
            @RequestParam(required = false) @Nullable String version,
            WebRequest request) {
        return files.file(meetingId, format, version, request);
    }

    @GetMapping("/redline")
    String redline(@PathVariable long meetingId, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("redline", reports.redline(meetingId, from, to));
        return "reports/redline";
    }

    @PostMapping("/draft")
    String draft(
            @PathVariable long meetingId,
            @RequestParam(required = false) @Nullable Integer version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return actions.act(
                meetingId,
                model,
                redirect,
                response,
                () -> records.draft(meetingId, new DraftForm(version, null)),
                "reports.notice.drafted");
    }

    @PostMapping
    String edit(
            @PathVariable long meetingId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return actions.act(
                meetingId,
                EditFields.submitted(form),
                model,
                redirect,
                response,
                () -> records.edit(meetingId, actions.bounded(EditFields.edit(form))),
                "reports.notice.edited");
    }

    @PostMapping("/publish")
    String publish(
            @PathVariable long meetingId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable List<String> confirmed,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return actions.act(
                meetingId,
                model,
                redirect,
                response,
                () -> records.publish(meetingId, actions.bounded(new PublishForm(version, confirmed))),
                "reports.notice.published");
    }

    private static String page(Model model, ReportPageView view) {
        return PageActions.page(model, view);
    }
}
