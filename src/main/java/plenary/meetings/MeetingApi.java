package plenary.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    /** Meetings a page unless asked otherwise: more than any study group holds, so its list comes whole. */
    static final int DEFAULT_PAGE_SIZE = 100;

    private final MeetingRecords meetings;

    MeetingApi(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    /**
     * A page of the meetings as a list, as the whole list was before pages (so that a client reading the first page
     * reads what it did); how many there are, and the next and previous pages, in the headers.
     */
    @GetMapping
    @Operation(
            summary = "A page of the meetings, of one study group (in order) or of all (the latest first)",
            description = "The body is the page's meetings. X-Total-Count tells how many there are in all; Link"
                    + " names the next and previous pages (rel=\"next\", rel=\"prev\"). A page or size out of"
                    + " range is refused with a problem naming it.")
    @ApiResponse(
            responseCode = "200",
            description = "The page's meetings",
            headers = {
                @Header(name = "X-Total-Count", description = "How many meetings the whole list holds"),
                @Header(name = "Link", description = "The next and previous pages, where there are any")
            })
    ResponseEntity<List<MeetingSummary>> list(
            @RequestParam(name = "studyGroup", required = false) @Nullable Long studyGroupId,
            @Parameter(description = "The page, counted from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Meetings a page, 1 to " + MeetingRecords.MAX_PAGE_SIZE)
                    @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
                    int size) {
        MeetingsPage found = meetings.page(studyGroupId, page, size);
        List<String> links = new ArrayList<>();
        if (found.hasNext()) {
            links.add(link(studyGroupId, page + 1, size, "next"));
        }
        if (page > 0) {
            links.add(link(studyGroupId, page - 1, size, "prev"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()));
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(found.meetings());
    }

    private static String link(@Nullable Long studyGroupId, int page, int size, String rel) {
        String group = studyGroupId == null ? "" : "studyGroup=" + studyGroupId + "&";
        return "</api/meetings?" + group + "page=" + page + "&size=" + size + ">; rel=\"" + rel + "\"";
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
