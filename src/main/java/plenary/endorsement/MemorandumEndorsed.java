package plenary.endorsement;

import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;

/** A committee answered on a version of the memorandum: endorsed (with a reservation or not), objected, abstained. */
public record MemorandumEndorsed(
        MemorandumId memorandumId,
        int versionNumber,
        CommitteeId committeeId,
        Answer answer,
        @Nullable String reservation,
        @Nullable String paragraphKey,
        String by) {}
