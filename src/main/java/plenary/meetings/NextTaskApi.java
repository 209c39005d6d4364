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

/** The next tasks of a meeting; written by those who keep its record, read with the meeting. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/next-tasks")
class NextTaskApi {

    private final NextTaskRecords nextTasks;

    NextTaskApi(NextTaskRecords nextTasks) {
        this.nextTasks = nextTasks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NextTaskView create(@PathVariable MeetingId meetingId, @Valid @RequestBody NextTaskForm form) {
        return nextTasks.create(meetingId, form);
    }

    @PutMapping("/{id}")
    NextTaskView update(
            @PathVariable MeetingId meetingId, @PathVariable long id, @Valid @RequestBody NextTaskForm form) {
        return nextTasks.update(meetingId, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable MeetingId meetingId, @PathVariable long id) {
        nextTasks.delete(meetingId, id);
    }
}
