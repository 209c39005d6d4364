package plenary.circulation;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;

/**
 * Circulations over JSON: a frozen version circulated to recipients until a deadline, read with who has answered,
 * comments and amendments sent back, and an outside recipient's personal link revoked.
 */
@RestController
@RequestMapping("/api/memoranda/{id}/circulations")
class CirculationApi {

    private final Circulations circulations;
    private final CirculationRecords records;
    private final Contributions contributions;

    CirculationApi(Circulations circulations, CirculationRecords records, Contributions contributions) {
        this.circulations = circulations;
        this.records = records;
        this.contributions = contributions;
    }

    @GetMapping
    List<CirculationView> all(@PathVariable long id) {
        return circulations.ofMemorandum(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CirculationView circulate(@PathVariable long id, @Valid @RequestBody CirculationForm form) {
        return records.circulate(id, form);
    }

    @GetMapping("/{circulationId}")
    CirculationView one(@PathVariable long id, @PathVariable long circulationId) {
        return circulations.find(id, circulationId);
    }

    @PostMapping("/{circulationId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Comment comment(@PathVariable long id, @PathVariable long circulationId, @Valid @RequestBody CommentForm form) {
        return contributions.comment(id, circulationId, form);
    }

    @PostMapping("/{circulationId}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    Amendment amend(@PathVariable long id, @PathVariable long circulationId, @Valid @RequestBody AmendmentForm form) {
        return contributions.amend(id, circulationId, form);
    }

    /** Revokes an outside recipient's personal link. */
    @DeleteMapping("/{circulationId}/recipients/{recipientId}/link")
    CirculationView revoke(@PathVariable long id, @PathVariable long circulationId, @PathVariable long recipientId) {
        return records.revokeLink(id, circulationId, recipientId);
    }
}
