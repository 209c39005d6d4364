package plenary.endorsement;

import java.time.Instant;
import plenary.drafting.MemorandumId;

/**
 * An endorsement a committee still owes: the round that asked it, the memorandum and version put to the committees,
 * and when it was asked (a round has no deadline).
 */
public record EndorsementDue(long roundId, MemorandumId memorandumId, int version, Instant askedAt) {}
