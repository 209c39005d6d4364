package plenary.meetings;

import org.jspecify.annotations.Nullable;

/** A request to create or change a record kept inside a meeting; a change names the version it was made on. */
interface MeetingPartForm {

    @Nullable Integer version();
}
