package plenary.endorsement;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import plenary.documents.DocumentFiles;

/**
 * A memorandum's road to publication over JSON: endorsement asked for and given, the matrix and the rule's verdict,
 * submission to the Steering Committee and its decision, publication; and, for anyone, the published memoranda.
 */
@RestController
@RequestMapping("/api/memoranda")
class EndorsementApi {

    private final Endorsements endorsements;
    private final EndorsementRecords records;
    private final SubmissionRecords submissions;
    private final PublishedMemoranda published;
    private final DocumentFiles files;

    EndorsementApi(
            Endorsements endorsements,
            EndorsementRecords records,
            SubmissionRecords submissions,
            PublishedMemoranda published,
            DocumentFiles files) {
        this.endorsements = endorsements;
        this.records = records;
        this.submissions = submissions;
        this.published = published;
        this.files = files;
    }

    /** The matrix of committees and answers, and whether the memorandum may be submitted (and why not). */
    @GetMapping("/{id}/endorsement")
    EndorsementView state(@PathVariable long id) {
        return endorsements.state(id);
    }

    @PostMapping("/{id}/endorsement-requests")
    @ResponseStatus(HttpStatus.CREATED)
    EndorsementView request(@PathVariable long id, @Valid @RequestBody EndorsementRequestForm form) {
        records.request(id, form);
        return endorsements.state(id);
    }

    @PostMapping("/{id}/endorsements")
    @ResponseStatus(HttpStatus.CREATED)
    EndorsementView endorse(@PathVariable long id, @Valid @RequestBody EndorsementForm form) {
        records.endorse(id, form);
        return endorsements.state(id);
    }

    @PostMapping("/{id}/submission")
    @ResponseStatus(HttpStatus.CREATED)
    EndorsementView submit(@PathVariable long id, @Valid @RequestBody SubmissionForm form) {
        submissions.submit(id, form);
        return endorsements.state(id);
    }

    @PostMapping("/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    EndorsementView decide(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        submissions.decide(id, form);
        return endorsements.state(id);
    }

    @PostMapping("/{id}/publication")
    @ResponseStatus(HttpStatus.CREATED)
    EndorsementView publish(@PathVariable long id, @Valid @RequestBody PublicationForm form) {
        submissions.publish(id, form);
        return endorsements.state(id);
    }

    /** The published memorandum, for anyone, in a format ({@code ?format=html|pdf|docx|md|akn}). */
    @GetMapping("/{id}/publication")
    ResponseEntity<byte[]> publication(
            @PathVariable long id, @RequestParam(defaultValue = "html") String format, WebRequest request) {
        return files.file(DocumentFiles.format(format), published.document(id), request);
    }

    /** The organisation's series of published memoranda, newest first, for anyone. */
    @GetMapping("/published")
    List<PublishedMemorandumView> series() {
        return published.all();
    }
}
