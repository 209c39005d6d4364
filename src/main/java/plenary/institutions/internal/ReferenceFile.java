package plenary.institutions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.IssueArea;
import plenary.institutions.RelationKind;

/**
 * The reference data file, src/main/resources/institutions/regional-architecture.json, as read: its version, its
 * sources by key, and its institutions, each naming the sources of its facts, members and relations by key.
 */
record ReferenceFile(int version, Map<String, Source> sources, List<Entry> institutions) {

    ReferenceFile {
        sources = sources == null ? Map.of() : sources;
        institutions = institutions == null ? List.of() : institutions;
    }

    /** A source: citation, address where there is one, and the day it was last checked. */
    record Source(
            @Nullable String citation,
            @Nullable String url,
            @Nullable LocalDate checked) {}

    /** One institution of the file. */
    record Entry(
            @Nullable String key,
            @Nullable String name,
            @Nullable String acronym,
            List<String> aliases,
            @Nullable InstitutionKind kind,
            @Nullable InstitutionStatus status,
            @Nullable LocalDate founded,
            @Nullable LocalDate ended,
            List<IssueArea> issueAreas,
            @Nullable String description,
            @Nullable String source,
            List<Member> members,
            List<Relation> relations) {

        Entry {
            aliases = aliases == null ? List.of() : aliases;
            issueAreas = issueAreas == null ? List.of() : issueAreas;
            members = members == null ? List.of() : members;
            relations = relations == null ? List.of() : relations;
        }
    }

    /** A member state, by its ISO 3166 alpha-2 code, with the days it joined and left. */
    record Member(
            @Nullable String state,
            @Nullable LocalDate joined,
            @Nullable LocalDate left,
            @Nullable String source) {}

    /** A relation to another entry of the file, by its key. */
    record Relation(
            @Nullable RelationKind kind,
            @Nullable String target,
            @Nullable String source) {}
}
