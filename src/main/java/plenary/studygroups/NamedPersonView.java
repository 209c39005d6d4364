package plenary.studygroups;

/** A person as study group pages name them: by name, with the short name of their committee (if any). */
public record NamedPersonView(long id, String name, String committee) {

    /** "Ha-eun Seol (CSCAP-Korea)". */
    public String withCommittee() {
        return committee == null ? name : name + " (" + committee + ")";
    }
}
