package plenary.institutions.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import plenary.institutions.InstitutionForm;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionRelation;
import plenary.institutions.InstitutionSource;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;
import plenary.institutions.IssueArea;
import plenary.institutions.MemberState;
import plenary.institutions.RelationKind;

/**
 * An institution as stored, with the keys its names are looked up and kept unique by. {@code referenceKey} and
 * {@code referenceHash} tie it to an entry of the reference data and the entry as it was last applied. The year
 * columns keep what was recorded before dates: a date, when given, sets them.
 */
@Table("institution")
public record Institution(
        @Id @Nullable Long id,
        @Nullable String referenceKey,
        @Nullable String referenceHash,
        String name,
        String nameKey,
        @Nullable String acronym,
        @Nullable String acronymKey,
        InstitutionKind kind,
        InstitutionStatus status,
        @Nullable LocalDate foundedOn,
        @Nullable LocalDate endedOn,
        @Nullable Integer establishedYear,
        @Nullable Integer endedYear,
        @Nullable String description,
        @Nullable Integer sourceIndex,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Alias> aliases,

        @MappedCollection(idColumn = "institution_id") Set<Area> issueAreas,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Source> sources,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Member> members,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Relation> relations,

        @Version @Nullable Integer version) {

    /**
     * The record to store for a form that has passed the rules: {@code previous} is the stored record it changes,
     * or null for a new one, whose version is null too.
     */
    public static Institution of(InstitutionForm form, @Nullable Institution previous, @Nullable Integer version) {
        String acronym = blankToNull(form.acronym());
        // The rules refused a form without name, kind or status, blank aliases, and members, relations and sources
        // with parts missing.
        String name = Objects.requireNonNull(form.name());
        Map<String, Member> before = previous == null
                ? Map.of()
                : previous.members().stream()
                        .collect(Collectors.toMap(Member::country, Function.identity(), (a, b) -> a));
        return new Institution(
                previous == null ? null : previous.id(),
                previous == null ? null : previous.referenceKey(),
                previous == null ? null : previous.referenceHash(),
                name.strip(),
                Objects.requireNonNull(NameKey.of(name)),
                acronym,
                NameKey.of(acronym),
                Objects.requireNonNull(form.kind()),
                Objects.requireNonNull(form.status()),
                form.foundedOn(),
                form.endedOn(),
                year(form.foundedOn(), previous == null ? null : previous.establishedYear()),
                year(form.endedOn(), previous == null ? null : previous.endedYear()),
                blankToNull(form.description()),
                form.sourceIndex(),
                form.aliases().stream()
                        .map(a -> new Alias(a.strip(), Objects.requireNonNull(NameKey.of(a))))
                        .toList(),
                form.issueAreas().stream().map(Area::new).collect(Collectors.toSet()),
                form.sources().stream()
                        .map(s -> new Source(
                                Objects.requireNonNull(s.citation()).strip(),
                                blankToNull(s.url()),
                                Objects.requireNonNull(s.checkedOn())))
                        .toList(),
                form.members().stream()
                        .map(m -> member(m, before.get(m.country())))
                        .toList(),
                form.relations().stream()
                        .map(r -> new Relation(
                                Objects.requireNonNull(r.kind()),
                                Objects.requireNonNull(r.targetId()),
                                r.sourceIndex()))
                        .toList(),
                version);
    }

    /** The same record with the identity the reference data gives it: id, version, key and hash of the entry. */
    Institution identified(long id, int version, String referenceKey, String referenceHash) {
        return new Institution(
                id,
                referenceKey,
                referenceHash,
                name,
                nameKey,
                acronym,
                acronymKey,
                kind,
                status,
                foundedOn,
                endedOn,
                establishedYear,
                endedYear,
                description,
                sourceIndex,
                aliases,
                issueAreas,
                sources,
                members,
                relations,
                version);
    }

    private static Member member(MemberState m, @Nullable Member before) {
        Integer year = m.joinedOn() != null
                ? Integer.valueOf(m.joinedOn().getYear())
                : before == null ? null : before.joinedYear();
        return new Member(Objects.requireNonNull(m.country()), m.joinedOn(), m.leftOn(), year, m.sourceIndex());
    }

    private static @Nullable Integer year(@Nullable LocalDate date, @Nullable Integer before) {
        return date != null ? Integer.valueOf(date.getYear()) : before;
    }

    public InstitutionView view() {
        return new InstitutionView(
                new InstitutionId(Objects.requireNonNull(id, "a stored institution has an id")),
                referenceKey,
                name,
                acronym,
                aliases.stream().map(Alias::alias).toList(),
                kind,
                status,
                foundedOn,
                endedOn,
                establishedYear,
                endedYear,
                issueAreas.stream()
                        .map(Area::issueArea)
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                description,
                sourceIndex,
                sources.stream()
                        .map(s -> new InstitutionSource(s.citation(), s.url(), s.checkedOn()))
                        .toList(),
                members.stream()
                        .map(m -> new MemberState(m.country(), m.joinedOn(), m.leftOn(), m.sourceIndex()))
                        .toList(),
                relations.stream()
                        .map(r -> new InstitutionRelation(r.kind(), r.targetId(), r.sourceIndex()))
                        .toList(),
                Objects.requireNonNull(version, "a stored institution has a version"));
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Another name the institution goes by. */
    @Table("institution_alias")
    record Alias(String alias, String aliasKey) {}

    /** One issue area the institution deals with. */
    @Table("institution_issue_area")
    record Area(IssueArea issueArea) {}

    /** A source of the institution's facts. */
    @Table("institution_source")
    record Source(String citation, @Nullable String url, LocalDate checkedOn) {}

    /**
     * A member state; {@code joinedYear} keeps the year recorded before dates, and a joining date, when given,
     * sets it.
     */
    @Table("institution_member")
    record Member(
            String country,
            @Nullable LocalDate joinedOn,
            @Nullable LocalDate leftOn,
            @Nullable Integer joinedYear,
            @Nullable Integer sourceIndex) {}

    /** A relation to another institution. */
    @Table("institution_relation")
    record Relation(
            RelationKind kind, Long targetId, @Nullable Integer sourceIndex) {}
}
