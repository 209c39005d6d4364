package plenary.circulation;

import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;

/** A committee took back its support in an open bracket. */
public record SupportWithdrawn(MemorandumId memorandumId, String bracket, CommitteeId committeeId, String by) {}
