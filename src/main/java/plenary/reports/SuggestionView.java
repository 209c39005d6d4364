package plenary.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A participant's suggested correction of one paragraph: the paragraph (by its eId, and where it stands), the text
 * suggested for it and why, who suggested it, and what the report's keepers did with it ({@code takenIn} is the
 * version that took it).
 */
public record SuggestionView(
        long id,
        String paragraph,
        String location,
        String text,
        @Nullable String rationale,
        long personId,
        @Nullable String by,
        Instant madeAt,
        SuggestionState state,
        @Nullable Integer takenIn,
        int version) {}
