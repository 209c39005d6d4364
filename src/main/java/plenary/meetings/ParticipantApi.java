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

/** The participants of a meeting; written by those who keep its record, read with the meeting. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/participants")
class ParticipantApi {

    private final ParticipantRecords participants;

    ParticipantApi(ParticipantRecords participants) {
        this.participants = participants;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ParticipantView create(@PathVariable MeetingId meetingId, @Valid @RequestBody ParticipantForm form) {
        return participants.create(meetingId, form);
    }

    @PutMapping("/{id}")
    ParticipantView update(
            @PathVariable MeetingId meetingId, @PathVariable long id, @Valid @RequestBody ParticipantForm form) {
        return participants.update(meetingId, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable MeetingId meetingId, @PathVariable long id) {
        participants.delete(meetingId, id);
    }
}
