package plenary.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import plenary.meetings.MeetingId;

/**
 * The import of a meeting report: the document as the request body (plain text, DOCX or PDF) gives a draft; its
 * owner reads it back and confirms it as a meeting of a study group.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApi {

    private final ImportRecords imports;

    ImportApi(ImportRecords imports) {
        this.imports = imports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ImportDraft upload(HttpServletRequest request) throws IOException {
        // The document is read here, up to the import's own limit, rather than bound: it is no JSON.
        return imports.draft(request.getContentLengthLong(), request.getInputStream());
    }

    @GetMapping("/{id}")
    ImportDraft one(@PathVariable long id) {
        return imports.get(id);
    }

    @PostMapping("/{id}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    Confirmed confirm(@PathVariable long id, @Valid @RequestBody ConfirmForm form) {
        return new Confirmed(id, imports.confirm(id, form));
    }

    /** The draft confirmed, and the meeting it became. */
    record Confirmed(long draftId, MeetingId meetingId) {}
}
