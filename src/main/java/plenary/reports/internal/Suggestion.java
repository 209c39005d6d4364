package plenary.reports.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.reports.SuggestionState;

/** A participant's suggested correction of a paragraph, made in a review, and what was decided about it. */
@Table("report_suggestion")
public record Suggestion(
        @Id @Nullable Long id,
        long reviewId,
        String paragraphEid,
        String suggestedText,
        @Nullable String rationale,
        long personId,
        Instant madeAt,
        SuggestionState state,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Integer takenIn,
        @Version @Nullable Integer version) {

    public Suggestion decided(SuggestionState newState, String by, Instant at, @Nullable Integer takenInVersion) {
        return new Suggestion(
                id,
                reviewId,
                paragraphEid,
                suggestedText,
                rationale,
                personId,
                madeAt,
                newState,
                by,
                at,
                takenInVersion,
                version);
    }
}
