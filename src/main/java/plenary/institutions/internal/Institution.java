package plenary.institutions.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;
import plenary.institutions.IssueArea;
import plenary.institutions.MemberState;
import plenary.institutions.RelationKind;

/** An institution as stored, with the keys its names are looked up and kept unique by. */
@Table("institution")
public record Institution(
        @Id @Nullable Long id,
        String name,
        String nameKey,
        @Nullable String acronym,
        @Nullable String acronymKey,
        InstitutionKind kind,
        InstitutionStatus status,
        @Nullable Integer establishedYear,
        @Nullable Integer endedYear,
        @Nullable String description,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Alias> aliases,

        @MappedCollection(idColumn = "institution_id") Set<Area> issueAreas,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Member> members,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Relation> relations,

        @Version @Nullable Integer version) {

    /**
     * The record to store for a form that has passed the rules: {@code id} and {@code version} are null for a new
     * one.
     */
    public static Institution of(@Nullable Long id, InstitutionForm form, @Nullable Integer version) {
        String acronym = blankToNull(form.acronym());
        // The rules refused a form without name, kind or status, blank aliases, and members and relations with parts
        // missing.
        String name = Objects.requireNonNull(form.name());
        return new Institution(
                id,
                name.strip(),
                Objects.requireNonNull(NameKey.of(name)),
                acronym,
                NameKey.of(acronym),
                Objects.requireNonNull(form.kind()),
                Objects.requireNonNull(form.status()),
                form.establishedYear(),
                form.endedYear(),
                blankToNull(form.description()),
                form.aliases().stream()
                        .map(a -> new Alias(a.strip(), Objects.requireNonNull(NameKey.of(a))))
                        .toList(),
                form.issueAreas().stream().map(Area::new).collect(Collectors.toSet()),
                form.members().stream()
                        .map(m -> new Member(Objects.requireNonNull(m.country()), m.joinedYear()))
                        .toList(),
                form.relations().stream()
                        .map(r -> new Relation(Objects.requireNonNull(r.kind()), Objects.requireNonNull(r.targetId())))
                        .toList(),
                version);
    }

    public InstitutionView view() {
        return new InstitutionView(
                new InstitutionId(Objects.requireNonNull(id, "a stored institution has an id")),
                name,
                acronym,
                aliases.stream().map(Alias::alias).toList(),
                kind,
                status,
                establishedYear,
                endedYear,
                issueAreas.stream()
                        .map(Area::issueArea)
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                description,
                members.stream()
                        .map(m -> new MemberState(m.country(), m.joinedYear()))
                        .toList(),
                relations.stream()
                        .map(r -> new InstitutionRelation(r.kind(), r.targetId()))
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

    /** A member state. */
    @Table("institution_member")
    record Member(String country, @Nullable Integer joinedYear) {}

    /** A relation to another institution. */
    @Table("institution_relation")
    record Relation(RelationKind kind, Long targetId) {}
}
