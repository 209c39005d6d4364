package plenary.institutions;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;

/** The institutions and processes of the regional architecture. */
@RestController
@RequestMapping("/api/institutions")
class InstitutionApi {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final InstitutionRecords institutions;
    private final InstitutionMentions mentions;

    InstitutionApi(InstitutionRecords institutions, InstitutionMentions mentions) {
        this.institutions = institutions;
        this.mentions = mentions;
    }

    /**
     * All institutions, or those whose name, acronym or an alias contains {@code q}, of the kind and status, with
     * the state ({@code member}, ISO 3166 alpha-2) among their members, dealing with {@code issueArea}, and existing
     * on the day {@code asOf} (then with the members of that day): each filter optional, all of them together.
     */
    @GetMapping
    List<InstitutionView> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable InstitutionKind kind,
            @RequestParam(required = false) @Nullable InstitutionStatus status,
            @RequestParam(required = false) @Nullable String member,
            @RequestParam(required = false) @Nullable IssueArea issueArea,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        if (member != null && !COUNTRIES.contains(member)) {
            throw new InvalidRecord(List.of(new Violation(
                    "member", "format", "must be an ISO 3166 alpha-2 country code in capitals, such as KR")));
        }
        List<InstitutionView> filtered =
                institutions.list(new InstitutionFilter(kind, status, member, issueArea, asOf));
        if (q == null || q.isBlank()) {
            return filtered;
        }
        Set<InstitutionId> named =
                institutions.list(q, null).stream().map(InstitutionView::id).collect(Collectors.toSet());
        return filtered.stream().filter(i -> named.contains(i.id())).toList();
    }

    /** The institution, with every intervention, proposal and paragraph that refers to it as the reader may see it. */
    @GetMapping("/{id}")
    InstitutionDetail one(@PathVariable long id) {
        InstitutionView institution = institutions.get(id);
        return new InstitutionDetail(institution, mentions.of(institution.id()));
    }

    /** Every change of the institution, first first: when, by whom, what changed, and the institution after it. */
    @GetMapping("/{id}/history")
    List<InstitutionRevision> history(@PathVariable long id) {
        return institutions.history(id);
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
