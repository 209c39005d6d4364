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

/** The interventions of a meeting; written by those who keep its record, read with the meeting. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/interventions")
class InterventionApi {

    private final InterventionRecords interventions;

    InterventionApi(InterventionRecords interventions) {
        this.interventions = interventions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InterventionView create(@PathVariable MeetingId meetingId, @Valid @RequestBody InterventionForm form) {
        return interventions.create(meetingId, form);
    }

    @PutMapping("/{id}")
    InterventionView update(
            @PathVariable MeetingId meetingId, @PathVariable long id, @Valid @RequestBody InterventionForm form) {
        return interventions.update(meetingId, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable MeetingId meetingId, @PathVariable long id) {
        interventions.delete(meetingId, id);
    }
}
