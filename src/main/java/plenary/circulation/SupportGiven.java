package plenary.circulation;

import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;

/** A committee supports one wording of an open bracket (the paragraph's own when no amendment is named). */
public record SupportGiven(
        MemorandumId memorandumId,
        String bracket,
        CommitteeId committeeId,
        @Nullable Long amendmentId,
        String by) {}
