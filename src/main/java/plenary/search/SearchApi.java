package plenary.search;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search as JSON: results with snippets, and the counts by facet. */
@RestController
@RequestMapping("/api/search")
class SearchApi {

    private final RecordSearch search;

    SearchApi(RecordSearch search) {
        this.search = search;
    }

    @GetMapping
    SearchResults search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long studyGroup,
            @RequestParam(required = false) @Nullable Long meeting,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable Long institution,
            @RequestParam(required = false) @Nullable Integer page) {
        return search.search(new SearchForm(q, studyGroup, meeting, year, kind, institution, page));
    }
}
