package plenary.meetings;

/**
 * The noun a meeting's report calls its speakers by: "one participant" (the seed), "a Korean speaker", "a Russian
 * expert".
 */
public enum SpeakerNoun {
    PARTICIPANT,
    SPEAKER,
    EXPERT;

    /** The noun in the singular, lower-case: "participant". */
    public String word() {
        return name().toLowerCase();
    }
}
