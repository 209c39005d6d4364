package plenary.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import plenary.kernel.Identifier;

/** A committee's identity in the directory, as other modules hold it. */
public record CommitteeId(@JsonValue long value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CommitteeId {}

    /** The id as a URL or a form field gives it. */
    public static CommitteeId valueOf(String text) {
        return new CommitteeId(Long.parseLong(text));
    }

    /** The number alone, as URLs and pages show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
