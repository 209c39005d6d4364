package plenary.audit;

/** Whether the audit log's hash chain holds over its {@code entries}, and the first entry where it breaks if not. */
public record ChainVerification(boolean intact, long entries, Long firstBroken) {}
