package plenary.studygroups;

import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;

/** A person as study group pages name them: by name, with the short name of their committee (if any). */
public record NamedPersonView(
        PersonId id, String name, @Nullable String committee) {

    /** "Ha-eun Seol (CSCAP-Korea)". */
    public String withCommittee() {
        return committee == null ? name : name + " (" + committee + ")";
    }
}
