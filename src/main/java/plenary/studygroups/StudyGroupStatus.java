package plenary.studygroups;

/** The life of a study group, from proposal to its concluding memorandum. */
public enum StudyGroupStatus {
    PROPOSED, ACTIVE, CONCLUDING, CONCLUDED
}
