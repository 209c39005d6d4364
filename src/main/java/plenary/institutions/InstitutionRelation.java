package plenary.institutions;

import org.jspecify.annotations.Nullable;

/**
 * A relation from one institution to another, named by its id: "embedded in" the East Asia Summit. A form may
 * leave out either part (the rules refuse it); a stored relation has both.
 */
public record InstitutionRelation(
        @Nullable RelationKind kind, @Nullable Long targetId) {}
