package plenary.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * The institution form of the pages: aliases, sources ("citation | url | 2026-11-30"), members
 * ("KR joined 2005-12-14 left 2010-01-01 [1]") and relations ("EMBEDDED_IN East Asia Summit [2]") as lines of
 * text, issue areas as checkboxes; {@code source} and a line's "[n]" number the sources from 1.
 */
public record InstitutionPageForm(
        @MaxLength(200) @PlainText @Nullable String name,
        @MaxLength(40) @PlainText @Nullable String acronym,
        @MaxLength(10_000) @PlainText @Nullable String aliases,
        @Nullable InstitutionKind kind,
        @Nullable InstitutionStatus status,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate foundedOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endedOn,

        @MaxSize(50) @Nullable List<IssueArea> issueAreas,
        @MaxLength(4000) @PlainText @Nullable String description,
        @Nullable Integer source,
        @MaxLength(50_000) @PlainText @Nullable String sources,
        @MaxLength(10_000) @PlainText @Nullable String members,
        @MaxLength(10_000) @PlainText @Nullable String relations,
        @Nullable Integer version) {

    static InstitutionPageForm blank() {
        return new InstitutionPageForm(
                null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null);
    }

    /** The form showing a stored institution, with related institutions by the names given. */
    static InstitutionPageForm of(InstitutionView view, Map<Long, String> names) {
        String sources = view.sources().stream().map(InstitutionPageForm::line).collect(Collectors.joining("\n"));
        String members = view.members().stream().map(InstitutionPageForm::line).collect(Collectors.joining("\n"));
        String relations = view.relations().stream().map(r -> line(r, names)).collect(Collectors.joining("\n"));
        return new InstitutionPageForm(
                view.name(),
                view.acronym(),
                String.join("\n", view.aliases()),
                view.kind(),
                view.status(),
                view.foundedOn(),
                view.endedOn(),
                view.issueAreas(),
                view.description(),
                view.sourceIndex() == null ? null : view.sourceIndex() + 1,
                sources,
                members,
                relations,
                view.version());
    }

    private static String line(InstitutionSource source) {
        return source.citation() + " | " + (source.url() == null ? "" : source.url()) + " | " + source.checkedOn();
    }

    private static String line(MemberState member) {
        return member.country()
                + (member.joinedOn() == null ? "" : " joined " + member.joinedOn())
                + (member.leftOn() == null ? "" : " left " + member.leftOn())
                + mark(member.sourceIndex());
    }

    private static String line(InstitutionRelation stored, Map<Long, String> names) {
        RelationKind kind = Objects.requireNonNull(stored.kind(), "a stored relation has a kind");
        return kind.name() + " " + names.getOrDefault(stored.targetId(), "#" + stored.targetId())
                + mark(stored.sourceIndex());
    }

    private static String mark(@Nullable Integer sourceIndex) {
        return sourceIndex == null ? "" : " [" + (sourceIndex + 1) + "]";
    }

    /** Whether the issue area's checkbox is ticked. */
    public boolean covers(IssueArea area) {
        return issueAreas != null && issueAreas.contains(area);
    }
}
