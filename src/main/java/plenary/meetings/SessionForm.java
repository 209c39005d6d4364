package plenary.meetings;

import java.util.List;
import java.util.Objects;

/** What a record keeper sends to create or change a session; {@code version} is required on change. */
public record SessionForm(Integer number, String theme, List<String> objectives, Long chairPersonId, Integer version) {

    public SessionForm {
        objectives = objectives == null ? List.of() : objectives.stream().map(o -> o == null ? "" : o).toList();
    }

    /** The same form without the empty objective lines a page form sends. */
    public SessionForm withoutBlankLines() {
        return new SessionForm(number, theme, objectives.stream().filter(Objects::nonNull).filter(o -> !o.isBlank()).toList(),
                chairPersonId, version);
    }
}
