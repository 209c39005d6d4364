package plenary.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import plenary.kernel.Identifier;

/** A person's identity in the directory, as other modules hold it. */
public record PersonId(@JsonValue long value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonId {}

    /** The id as a URL or a form field gives it. */
    public static PersonId valueOf(String text) {
        return new PersonId(Long.parseLong(text));
    }

    /** The number alone, as URLs and pages show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
