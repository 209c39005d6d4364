package plenary.meetings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import plenary.kernel.Identifier;

/** A meeting's identity, as other modules hold it. */
public record MeetingId(@JsonValue long value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingId {}

    /** The id as a URL or a form field gives it. */
    public static MeetingId valueOf(String text) {
        return new MeetingId(Long.parseLong(text));
    }

    /** The number alone, as URLs and pages show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
