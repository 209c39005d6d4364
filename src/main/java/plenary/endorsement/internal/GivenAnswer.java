package plenary.endorsement.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.endorsement.Answer;

/** A committee's answer in a round, as stored. */
public record GivenAnswer(
        long committeeId,
        Answer answer,
        @Nullable String reservation,
        @Nullable String paragraphKey,
        long personId,
        String givenBy,
        Instant givenAt) {}
