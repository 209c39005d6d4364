package plenary.circulation;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import plenary.circulation.CirculationView.Amendment;
import plenary.documents.DocumentFiles;
import plenary.documents.DocumentFormat;

/**
 * Decisions on amendments and bracketed text over JSON: the co-chairs decide on an amendment, a committee supports
 * a wording in brackets, the compilation of a frozen version (JSON, or HTML with {@code format=html}), and what a
 * committee asked for and what became of it.
 */
@RestController
@RequestMapping("/api/memoranda/{id}")
class DecisionApi {

    private final DecisionRecords decisions;
    private final BracketRecords brackets;
    private final Compilations compilations;
    private final DocumentFiles files;

    DecisionApi(DecisionRecords decisions, BracketRecords brackets, Compilations compilations, DocumentFiles files) {
        this.decisions = decisions;
        this.brackets = brackets;
        this.compilations = compilations;
        this.files = files;
    }

    @PostMapping("/amendments/{amendmentId}/decision")
    Amendment decide(
            @PathVariable long id, @PathVariable long amendmentId, @Valid @RequestBody AmendmentDecisionForm form) {
        return decisions.decide(id, amendmentId, form);
    }

    @PostMapping("/amendments/{amendmentId}/support")
    SupportView support(@PathVariable long id, @PathVariable long amendmentId, @Valid @RequestBody SupportForm form) {
        return brackets.support(id, amendmentId, form);
    }

    @GetMapping("/compilation")
    ResponseEntity<?> compilation(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String format,
            WebRequest request) {
        Compilations.Compiled compiled = compilations.compile(id, version);
        if ("html".equals(format)) {
            return files.file(DocumentFormat.HTML, compiled.document(), request);
        }
        return ResponseEntity.ok(compiled.view());
    }

    @GetMapping("/committees/{committeeId}/requests")
    CommitteeRequests requests(@PathVariable long id, @PathVariable long committeeId) {
        return compilations.requests(id, committeeId);
    }
}
