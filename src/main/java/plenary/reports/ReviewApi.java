package plenary.reports;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The participants' review of a meeting's report over JSON: sending it, suggesting, taking and leaving suggestions. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/report")
class ReviewApi {

    private final ReviewRecords reviews;

    ReviewApi(ReviewRecords reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/review")
    ReportView send(@PathVariable long meetingId, @Valid @RequestBody ReviewForm form) {
        return reviews.send(meetingId, form);
    }

    @PostMapping("/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    SuggestionView suggest(@PathVariable long meetingId, @Valid @RequestBody SuggestionForm form) {
        return reviews.suggest(meetingId, form);
    }

    @PostMapping("/suggestions/{suggestionId}/take")
    ReportView take(@PathVariable long meetingId, @PathVariable long suggestionId) {
        return reviews.take(meetingId, suggestionId);
    }

    @PostMapping("/suggestions/{suggestionId}/leave")
    ReportView leave(@PathVariable long meetingId, @PathVariable long suggestionId) {
        return reviews.leave(meetingId, suggestionId);
    }
}
