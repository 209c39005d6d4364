package plenary.audit;

import org.jspecify.annotations.Nullable;

/** Whether the audit log's hash chain holds over its {@code entries}, and the first entry where it breaks if not. */
public record ChainVerification(
        boolean intact, long entries, @Nullable Long firstBroken) {}
