package plenary.meetings;

import org.jspecify.annotations.Nullable;

/** A link from an intervention to another one of the same study group: it responds to, disagrees with, … it. */
public record Link(@Nullable LinkKind kind, @Nullable Long targetId) {

    boolean blank() {
        return kind == null && targetId == null;
    }
}
