package plenary.meetings.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.kernel.Rules;

/**
 * The rule every link of a record to institutions keeps, an intervention's subjects as a proposal's: each names an
 * existing institution.
 */
@Component
public class InstitutionLinks {

    private final Institutions institutions;

    InstitutionLinks(Institutions institutions) {
        this.institutions = institutions;
    }

    /** Adds to the rules a refusal of each id that is missing or names no institution, as {@code field[i]}. */
    public void check(Rules rules, String field, List<Long> ids) {
        Map<InstitutionId, InstitutionView> known = ids.stream().anyMatch(Objects::nonNull)
                ? institutions.find(ids.stream()
                        .filter(Objects::nonNull)
                        .map(InstitutionId::new)
                        .toList())
                : Map.of();
        for (int i = 0; i < ids.size(); i++) {
            String named = field + "[" + i + "]";
            Long id = ids.get(i);
            rules.required(id, named)
                    .check(
                            id == null || known.containsKey(new InstitutionId(id)),
                            named,
                            "exists",
                            "must name an existing institution");
        }
    }
}
