package plenary.drafting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import plenary.kernel.Identifier;

/** A memorandum's identity, as other modules hold it. */
public record MemorandumId(@JsonValue long value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MemorandumId {}

    /** The id as a URL or a form field gives it. */
    public static MemorandumId valueOf(String text) {
        return new MemorandumId(Long.parseLong(text));
    }

    /** The number alone, as URLs and pages show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
