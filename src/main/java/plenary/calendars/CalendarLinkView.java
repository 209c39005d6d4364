package plenary.calendars;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A calendar link as its account sees it: never the link itself, which is shown once, when it is made. A link of
 * all the person's work has no study group.
 */
public record CalendarLinkView(
        long id,
        String label,
        @Nullable Long studyGroupId,
        @Nullable String studyGroupTitle,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    /** Whether the link still answers. */
    public boolean active() {
        return revokedAt == null;
    }
}
