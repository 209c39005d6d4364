package plenary.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An institution as other modules see it; related institutions by their ids. {@code referenceKey} is set for an
 * institution that comes from the reference data. {@code foundedYear} and {@code endedYear} are the years of the
 * dates, or, for a record kept before Plenary knew dates, the year alone. {@code sourceIndex} points into
 * {@code sources} at the source of the institution's own facts (name, kind, status, dates, description), as each
 * member's and relation's does for theirs.
 */
public record InstitutionView(
        InstitutionId id,
        @Nullable String referenceKey,
        String name,
        @Nullable String acronym,
        List<String> aliases,
        InstitutionKind kind,
        InstitutionStatus status,
        @Nullable LocalDate foundedOn,
        @Nullable LocalDate endedOn,
        @Nullable Integer foundedYear,
        @Nullable Integer endedYear,
        List<IssueArea> issueAreas,
        @Nullable String description,
        @Nullable Integer sourceIndex,
        List<InstitutionSource> sources,
        List<MemberState> members,
        List<InstitutionRelation> relations,
        int version) {

    /** An institution with only its names, kind and status, as fixtures of other modules need one. */
    public static InstitutionView of(
            long id, String name, @Nullable String acronym, InstitutionKind kind, InstitutionStatus status) {
        return new InstitutionView(
                new InstitutionId(id),
                null,
                name,
                acronym,
                List.of(),
                kind,
                status,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                0);
    }

    /** The short name reports use: the acronym where there is one. */
    public String shortName() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }

    /**
     * Whether it existed on that day: founded on or before it (in that year or before, where only the year is
     * known) and not ended before it. A proposed institution never did. One whose founding is not known at all
     * is taken to have existed on every day until its end: leaving it off every map would hide what the record
     * knows exists (the reference data's few such entries all began before 2006, and say so).
     */
    public boolean existedOn(LocalDate day) {
        if (status == InstitutionStatus.PROPOSED) {
            return false;
        }
        boolean begun =
                foundedOn != null ? !foundedOn.isAfter(day) : foundedYear == null || foundedYear <= day.getYear();
        boolean ended = endedOn != null ? endedOn.isBefore(day) : endedYear != null && endedYear < day.getYear();
        return begun && !ended;
    }

    /** The institution as it was on that day: only the members that belonged then. */
    public InstitutionView asOf(LocalDate day) {
        return new InstitutionView(
                id,
                referenceKey,
                name,
                acronym,
                aliases,
                kind,
                status,
                foundedOn,
                endedOn,
                foundedYear,
                endedYear,
                issueAreas,
                description,
                sourceIndex,
                sources,
                members.stream().filter(m -> m.belongsOn(day)).toList(),
                relations,
                version);
    }

    /** The source at that index, or null where there is none. */
    public @Nullable InstitutionSource source(@Nullable Integer index) {
        return index == null || index < 0 || index >= sources.size() ? null : sources.get(index);
    }

    /** The form that would save this institution unchanged: the start of an edit. */
    InstitutionForm form() {
        return new InstitutionForm(
                name,
                acronym,
                aliases,
                kind,
                status,
                foundedOn,
                endedOn,
                Set.copyOf(issueAreas),
                description,
                sourceIndex,
                sources,
                members,
                relations,
                version);
    }
}
