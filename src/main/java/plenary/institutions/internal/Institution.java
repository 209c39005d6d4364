package plenary.institutions.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        @Id Long id,
        String name,
        String nameKey,
        String acronym,
        String acronymKey,
        InstitutionKind kind,
        InstitutionStatus status,
        Integer establishedYear,
        Integer endedYear,
        String description,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Alias> aliases,

        @MappedCollection(idColumn = "institution_id") Set<Area> issueAreas,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Member> members,

        @MappedCollection(idColumn = "institution_id", keyColumn = "list_index")
        List<Relation> relations,

        @Version Integer version) {

    /** The record to store for a form that has passed the rules. */
    public static Institution of(Long id, InstitutionForm form, Integer version) {
        String acronym = blankToNull(form.acronym());
        return new Institution(
                id,
                form.name().strip(),
                NameKey.of(form.name()),
                acronym,
                NameKey.of(acronym),
                form.kind(),
                form.status(),
                form.establishedYear(),
                form.endedYear(),
                blankToNull(form.description()),
                form.aliases().stream()
                        .map(a -> new Alias(a.strip(), NameKey.of(a)))
                        .toList(),
                form.issueAreas().stream().map(Area::new).collect(Collectors.toSet()),
                form.members().stream()
                        .map(m -> new Member(m.country(), m.joinedYear()))
                        .toList(),
                form.relations().stream()
                        .map(r -> new Relation(r.kind(), r.targetId()))
                        .toList(),
                version);
    }

    public InstitutionView view() {
        return new InstitutionView(
                new InstitutionId(id),
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
                version);
    }

    static String blankToNull(String value) {
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
    record Member(String country, Integer joinedYear) {}

    /** A relation to another institution. */
    @Table("institution_relation")
    record Relation(RelationKind kind, Long targetId) {}
}
