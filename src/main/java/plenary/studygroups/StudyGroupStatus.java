package plenary.studygroups;

import java.util.Locale;

/** The life of a study group, from proposal to its concluding memorandum. */
public enum StudyGroupStatus {
    PROPOSED,
    ACTIVE,
    CONCLUDING,
    CONCLUDED;

    /** Whether the group has begun its work: from then on someone must lead it. */
    public boolean underWay() {
        return this != PROPOSED;
    }

    /** The word pages show: "Active". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
