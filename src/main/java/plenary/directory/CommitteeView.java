package plenary.directory;

import org.jspecify.annotations.Nullable;

/** A committee of the organisation as others see it: "CSCAP-Russia", a member committee of Russia. */
public record CommitteeView(
        CommitteeId id,
        String name,
        @Nullable String acronym,
        CommitteeKind kind,
        @Nullable Nationality country,
        int version) {

    /** The short name reports use: the acronym where there is one. */
    public String shortName() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }
}
