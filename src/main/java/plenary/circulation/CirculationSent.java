package plenary.circulation;

import java.time.Instant;
import plenary.drafting.MemorandumId;

/** A version of a memorandum was circulated to recipients until a deadline. */
public record CirculationSent(
        long circulationId, MemorandumId memorandumId, int version, Instant deadline, int recipients, String by) {}
