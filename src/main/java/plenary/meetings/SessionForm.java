package plenary.meetings;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/** What a record keeper sends to create or change a session; {@code version} is required on change. */
public record SessionForm(
        @Nullable Integer number,
        @MaxLength(1000) @PlainText @Nullable String theme,
        @MaxSize(30) List<@MaxLength(1000) @PlainText String> objectives,
        @Nullable Long chairPersonId,
        @Nullable Integer version)
        implements MeetingPartForm {

    public SessionForm {
        objectives = objectives == null
                ? List.of()
                : objectives.stream().map(o -> o == null ? "" : o).toList();
    }

    /** The same form without the empty objective lines a page form sends. */
    public SessionForm withoutBlankLines() {
        return new SessionForm(
                number,
                theme,
                objectives.stream()
                        .filter(Objects::nonNull)
                        .filter(o -> !o.isBlank())
                        .toList(),
                chairPersonId,
                version);
    }
}
