package plenary.circulation.internal;

import org.jspecify.annotations.Nullable;

/** A committee's support in an open bracket, with the very wording it saw when it gave it. */
public record StoredSupport(
        long id, String bracket, long committeeId, @Nullable Long amendmentId, String wording, String givenBy) {}
