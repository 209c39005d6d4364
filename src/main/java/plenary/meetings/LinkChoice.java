package plenary.meetings;

/** An intervention a new link may point to, as an edit form offers it: where it is, what kind, how it begins. */
public record LinkChoice(
        long id, long meetingId, int meetingOrdinal, int sessionNumber, InterventionKind kind, String summary) {

    /** "Meeting 2 · session 1 · assessment: The Six Party Talks …". */
    public String label() {
        String start = summary.length() > 80 ? summary.substring(0, 80) + "…" : summary;
        return "Meeting " + meetingOrdinal + " · session " + sessionNumber + " · " + kind.label() + ": " + start;
    }
}
