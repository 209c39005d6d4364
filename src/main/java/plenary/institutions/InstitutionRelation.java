package plenary.institutions;

import org.jspecify.annotations.Nullable;

/**
 * A relation from one institution to another, named by its id: "embedded in" the East Asia Summit, with the
 * source that says so (an index into the institution's sources). A form may leave out the kind or the target (the
 * rules refuse it); a stored relation has both.
 */
public record InstitutionRelation(
        @Nullable RelationKind kind,
        @Nullable Long targetId,
        @Nullable Integer sourceIndex) {

    /** A relation with no source: the quick form. */
    public InstitutionRelation(@Nullable RelationKind kind, @Nullable Long targetId) {
        this(kind, targetId, null);
    }
}
