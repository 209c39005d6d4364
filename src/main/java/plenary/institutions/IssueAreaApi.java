package plenary.institutions;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The controlled list of issue areas, public so that any client can offer it. */
@RestController
class IssueAreaApi {

    @GetMapping("/api/issue-areas")
    List<Entry> all() {
        return Stream.of(IssueArea.values())
                .map(a -> new Entry(a.name(), a.label()))
                .toList();
    }

    /** One issue area: the code clients send and the words people read. */
    record Entry(String code, String label) {}
}
