package plenary.search;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.kernel.InvalidRecord;
import plenary.web.FormErrors;

/** The search page: a box, the hits with their snippets, and the facets as links that narrow the search. */
@Controller
class SearchPages {

    private final RecordSearch search;

    SearchPages(RecordSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long studyGroup,
            @RequestParam(required = false) @Nullable Long meeting,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable Long institution,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        SearchForm form = new SearchForm(q, studyGroup, meeting, year, kind, institution, page);
        model.addAttribute("form", form);
        SearchResults results = null;
        FormErrors errors = FormErrors.none();
        if (q != null) {
            try {
                results = search.search(form);
            } catch (InvalidRecord e) {
                errors = FormErrors.of(e);
            }
        }
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        return "search/search";
    }
}
