package plenary.studygroups;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import plenary.kernel.Identifier;

/** A study group's identity, as other modules hold it. */
public record StudyGroupId(@JsonValue long value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StudyGroupId {}

    /** The id as a URL or a form field gives it. */
    public static StudyGroupId valueOf(String text) {
        return new StudyGroupId(Long.parseLong(text));
    }

    /** The number alone, as URLs and pages show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
