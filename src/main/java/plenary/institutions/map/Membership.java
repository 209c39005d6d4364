package plenary.institutions.map;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;

/** An institution and its member states (ISO 3166 alpha-2 codes) on one day: what the pictures are drawn from. */
record Membership(
        InstitutionId id,
        String name,
        @Nullable String acronym,
        InstitutionKind kind,
        InstitutionStatus status,
        Set<String> states) {

    Membership {
        states = Set.copyOf(states);
    }

    /** The short name the map and the matrix show: the acronym where there is one. */
    String label() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }
}
