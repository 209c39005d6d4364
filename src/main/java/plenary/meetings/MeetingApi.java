package plenary.meetings;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Meetings and their records, for signed-in accounts; written by those who keep the record. */
@RestController
@RequestMapping("/api/meetings")
class MeetingApi {

    private final MeetingRecords meetings;

    MeetingApi(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    List<MeetingSummary> list(@RequestParam(name = "studyGroup", required = false) @Nullable Long studyGroupId) {
        return meetings.summaries(studyGroupId);
    }

    @GetMapping("/{id}")
    MeetingRecord one(@PathVariable MeetingId id) {
        return meetings.export(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MeetingRecord create(@Valid @RequestBody MeetingForm form) {
        return meetings.create(form);
    }

    @PutMapping("/{id}")
    MeetingRecord update(@PathVariable MeetingId id, @Valid @RequestBody MeetingForm form) {
        return meetings.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable MeetingId id) {
        meetings.delete(id);
    }
}
