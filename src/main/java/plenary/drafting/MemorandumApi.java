package plenary.drafting;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.context.request.WebRequest;
import plenary.documents.DocumentFiles;
import plenary.documents.DocumentFormat;
import plenary.kernel.InvalidRecord;
import plenary.studygroups.StudyGroupId;

/**
 * Memoranda over JSON: started from a study group's record, saved whole, paragraphs moved, versions frozen, any
 * version as a file in any format, and the redline between two versions.
 */
@RestController
@RequestMapping("/api/memoranda")
class MemorandumApi {

    private final Memoranda memoranda;
    private final MemorandumRecords records;
    private final DocumentFiles files;

    MemorandumApi(Memoranda memoranda, MemorandumRecords records, DocumentFiles files) {
        this.memoranda = memoranda;
        this.records = records;
        this.files = files;
    }

    @GetMapping
    List<MemorandumSummary> all(@RequestParam(required = false) @Nullable Long studyGroupId) {
        return studyGroupId == null ? memoranda.all() : memoranda.ofStudyGroup(new StudyGroupId(studyGroupId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MemorandumView create(@Valid @RequestBody MemorandumForm form) {
        return records.create(form);
    }

    @GetMapping("/{id}")
    MemorandumView one(@PathVariable long id) {
        return memoranda.find(id);
    }

    @PutMapping("/{id}")
    MemorandumView edit(@PathVariable long id, @Valid @RequestBody MemorandumEdit edit) {
        return records.edit(id, edit);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        records.delete(id);
    }

    @PostMapping("/{id}/moves")
    MemorandumView move(@PathVariable long id, @Valid @RequestBody MoveForm form) {
        return records.move(id, form);
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    VersionSummary freeze(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return records.freeze(id, form);
    }

    @GetMapping("/{id}/versions/{number}")
    ResponseEntity<byte[]> version(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "html") String format,
            WebRequest request) {
        DocumentFormat chosen = DocumentFiles.format(format);
        VersionDocument version = memoranda.version(id, number);
        return files.memorandum(chosen, version.document(), version.begun(), version.number(), request);
    }

    /**
     * The redline between two versions: as JSON (the changes, and the newer text with every change marked), as an
     * HTML page, or as a Word document of tracked changes.
     */
    @GetMapping("/{id}/redline")
    ResponseEntity<?> redline(
            @PathVariable long id,
            @RequestParam int from,
            @RequestParam int to,
            @RequestParam(defaultValue = "json") String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(memoranda.redline(id, from, to));
            case "html" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                        .body(RedlinePage.of(memoranda.find(id).title(), memoranda.redline(id, from, to)));
            case "docx" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(DocumentFormat.DOCX.mediaType()))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("memorandum-" + id + "-redline-" + from + "-" + to + ".docx")
                                        .build()
                                        .toString())
                        .body(memoranda.trackedChanges(id, from, to));
            default -> throw InvalidRecord.of("format", "one-of", "must be one of json, html, docx");
        };
    }
}
