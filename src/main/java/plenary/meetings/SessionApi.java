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

/** The sessions of a meeting; written by those who keep its record, read with the meeting. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/sessions")
class SessionApi {

    private final SessionRecords sessions;

    SessionApi(SessionRecords sessions) {
        this.sessions = sessions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SessionView create(@PathVariable MeetingId meetingId, @Valid @RequestBody SessionForm form) {
        return sessions.create(meetingId, form);
    }

    @PutMapping("/{id}")
    SessionView update(@PathVariable MeetingId meetingId, @PathVariable long id, @Valid @RequestBody SessionForm form) {
        return sessions.update(meetingId, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable MeetingId meetingId, @PathVariable long id) {
        sessions.delete(meetingId, id);
    }
}
