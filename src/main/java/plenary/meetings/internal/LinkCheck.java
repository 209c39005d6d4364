package plenary.meetings.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Violation;

/**
 * The rules of a link between interventions: the target exists, is not the intervention itself, belongs to the
 * same study group, and was made at the same meeting or an earlier one ("elaborated further her arguments that
 * were presented at the second meeting"). The same-group rule also holds for the interventions a proposal's
 * positions name.
 */
public final class LinkCheck {

    /** Where an intervention stands: its id (null before it is saved), its study group and its meeting's ordinal. */
    public record Place(@Nullable Long interventionId, long studyGroupId, int meetingOrdinal) {}

    private LinkCheck() {}

    /** The broken rule of a link from {@code from} to {@code target} (null when the target does not exist). */
    public static Optional<Violation> link(String field, Place from, @Nullable Place target) {
        Optional<Violation> group = sameGroup(field, from.studyGroupId(), target);
        if (group.isPresent() || target == null) { // a missing target broke the same-group rule
            return group;
        }
        if (from.interventionId() != null && from.interventionId().equals(target.interventionId())) {
            return Optional.of(new Violation(field, "not-self", "an intervention cannot link to itself"));
        }
        if (target.meetingOrdinal() > from.meetingOrdinal()) {
            return Optional.of(new Violation(
                    field, "earlier-meeting", "must name an intervention of this meeting or an earlier one"));
        }
        return Optional.empty();
    }

    /** The broken rule of a reference to an intervention that must belong to the study group. */
    public static Optional<Violation> sameGroup(String field, long studyGroupId, @Nullable Place target) {
        if (target == null) {
            return Optional.of(new Violation(field, "exists", "must name an existing intervention"));
        }
        if (target.studyGroupId() != studyGroupId) {
            return Optional.of(
                    new Violation(field, "same-study-group", "must name an intervention of the same study group"));
        }
        return Optional.empty();
    }
}
