package plenary.institutions;

/** A relation from one institution to another, named by its id: "embedded in" the East Asia Summit. */
public record InstitutionRelation(RelationKind kind, Long targetId) {}
