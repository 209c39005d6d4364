package plenary.institutions;

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

/** The institutions and processes of the regional architecture. */
@RestController
@RequestMapping("/api/institutions")
class InstitutionApi {

    private final InstitutionRecords institutions;
    private final InstitutionMentions mentions;

    InstitutionApi(InstitutionRecords institutions, InstitutionMentions mentions) {
        this.institutions = institutions;
        this.mentions = mentions;
    }

    /**
     * All institutions, or those whose name, acronym or an alias contains {@code q} and that deal with {@code
     * issueArea}.
     */
    @GetMapping
    List<InstitutionView> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable IssueArea issueArea) {
        return institutions.list(q, issueArea);
    }

    /** The institution, with every intervention, proposal and paragraph that refers to it as the reader may see it. */
    @GetMapping("/{id}")
    InstitutionDetail one(@PathVariable long id) {
        InstitutionView institution = institutions.get(id);
        return new InstitutionDetail(institution, mentions.of(institution.id()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InstitutionView create(@Valid @RequestBody InstitutionForm form) {
        return institutions.create(form);
    }

    @PutMapping("/{id}")
    InstitutionView update(@PathVariable long id, @Valid @RequestBody InstitutionForm form) {
        return institutions.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        institutions.delete(id);
    }
}
