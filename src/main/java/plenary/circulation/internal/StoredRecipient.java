package plenary.circulation.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.circulation.RecipientKind;

/** A recipient of a circulation as its table holds it (the personal link only as its hash). */
public record StoredRecipient(
        long id,
        long circulationId,
        RecipientKind kind,
        @Nullable Long committeeId,
        @Nullable Long personId,
        String name,
        @Nullable String email,
        @Nullable String linkHash,
        @Nullable Instant linkRevokedAt) {}
