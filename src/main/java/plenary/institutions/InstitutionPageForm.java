package plenary.institutions;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * The institution form of the pages: aliases, members ("KR 2003") and relations ("EMBEDDED_IN East Asia Summit")
 * as lines of text, issue areas as checkboxes.
 */
public record InstitutionPageForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @MaxLength(40) @PlainText @Nullable String acronym,
        @MaxLength(10_000) @PlainText @Nullable String aliases,
        @Nullable InstitutionKind kind,
        @Nullable InstitutionStatus status,
        @Nullable Integer establishedYear,
        @Nullable Integer endedYear,
        @MaxSize(50) @Nullable List<IssueArea> issueAreas,
        @MaxLength(4000) @PlainText @Nullable String description,
        @MaxLength(10_000) @PlainText @Nullable String members,
        @MaxLength(10_000) @PlainText @Nullable String relations,
        @Nullable Integer version) {

    static InstitutionPageForm blank() {
        return new InstitutionPageForm(null, null, null, null, null, null, null, List.of(), null, null, null, null);
    }

    /** The form showing a stored institution, with related institutions by the names given. */
    static InstitutionPageForm of(InstitutionView view, Map<Long, String> names) {
        String members = view.members().stream()
                .map(m -> m.joinedYear() == null ? m.country() : m.country() + " " + m.joinedYear())
                .collect(Collectors.joining("\n"));
        String relations = view.relations().stream().map(r -> line(r, names)).collect(Collectors.joining("\n"));
        return new InstitutionPageForm(
                view.name(),
                view.acronym(),
                String.join("\n", view.aliases()),
                view.kind(),
                view.status(),
                view.establishedYear(),
                view.endedYear(),
                view.issueAreas(),
                view.description(),
                members,
                relations,
                view.version());
    }

    private static String line(InstitutionRelation stored, Map<Long, String> names) {
        RelationKind kind = Objects.requireNonNull(stored.kind(), "a stored relation has a kind");
        return kind.name() + " " + names.getOrDefault(stored.targetId(), "#" + stored.targetId());
    }

    /** Whether the issue area's checkbox is ticked. */
    public boolean covers(IssueArea area) {
        return issueAreas != null && issueAreas.contains(area);
    }
}
