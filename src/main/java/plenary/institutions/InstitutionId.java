package plenary.institutions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import plenary.kernel.Identifier;

/** An institution's identity, as other modules hold it. */
public record InstitutionId(@JsonValue long value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InstitutionId {}

    /** The id as a URL or a form field gives it. */
    public static InstitutionId valueOf(String text) {
        return new InstitutionId(Long.parseLong(text));
    }

    /** The number alone, as URLs and pages show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
