package plenary.meetings.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A record kept inside one meeting: a session, a participant, an intervention, a proposal or a next task. */
public interface MeetingPart {

    /** Null before the record is first saved. */
    @Nullable Long id();

    Long meetingId();

    /** Null before the record is first saved. */
    @Nullable Integer version();

    /** The id of a record read from the store; only a new one, not yet saved, has none. */
    default long savedId() {
        return Objects.requireNonNull(id(), "record not saved");
    }

    /** The version of a record read from the store; only a new one, not yet saved, has none. */
    default int savedVersion() {
        return Objects.requireNonNull(version(), "record not saved");
    }
}
