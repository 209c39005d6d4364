package plenary.directory;

/** A committee of the organisation as others see it: "CSCAP-Russia", a member committee of Russia. */
public record CommitteeView(
        CommitteeId id, String name, String acronym, CommitteeKind kind, Nationality country, int version) {

    /** The short name reports use: the acronym where there is one. */
    public String shortName() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }
}
