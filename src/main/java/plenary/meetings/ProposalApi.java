package plenary.meetings;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proposals (with the positions taken on them) of a meeting; written by those who keep its record, read with the
 * meeting.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/proposals")
class ProposalApi {

    private final ProposalRecords proposals;

    ProposalApi(ProposalRecords proposals) {
        this.proposals = proposals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProposalView create(@PathVariable MeetingId meetingId, @Valid @RequestBody ProposalForm form) {
        return proposals.create(meetingId, form);
    }

    @PutMapping("/{id}")
    ProposalView update(
            @PathVariable MeetingId meetingId, @PathVariable long id, @Valid @RequestBody ProposalForm form) {
        return proposals.update(meetingId, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable MeetingId meetingId, @PathVariable long id) {
        proposals.delete(meetingId, id);
    }
}
