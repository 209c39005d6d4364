package plenary.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.drafting.MemorandumId;
import plenary.kernel.Phrase;
import plenary.studygroups.ConsensusRule;

/**
 * Where a memorandum stands on its road to publication: the version put to the committees (none before anyone asked),
 * each participating committee's answer (the matrix), the group's rule, whether the memorandum may be submitted and
 * why not, its submission to the Steering Committee and the decision, and its publication.
 */
public record EndorsementView(
        MemorandumId memorandumId,
        String title,
        @Nullable Integer versionNumber,
        @Nullable String note,
        ConsensusRule rule,
        @Nullable Integer quorum,
        List<CommitteeAnswer> committees,
        boolean mayBeSubmitted,
        List<Phrase> reasons,
        @Nullable Submission submission,
        @Nullable Published publication) {

    /** A row of the matrix: a committee and its answer, if it has given one. */
    public record CommitteeAnswer(
            CommitteeId committeeId,
            String committee,
            @Nullable Answer answer,
            @Nullable String reservation,
            @Nullable String paragraphKey,
            @Nullable String givenBy,
            @Nullable Instant givenAt) {}

    /** The meeting of the Steering Committee the memorandum went to, and what it decided (once it has). */
    public record Submission(
            String meeting,
            @Nullable String place,
            LocalDate meetingOn,
            String submittedBy,
            Instant submittedAt,
            @Nullable Decision decision,
            @Nullable String decisionText,
            @Nullable String decidedBy) {}

    /** The memorandum's number in the organisation's series and the day it was published. */
    public record Published(int number, LocalDate publishedOn) {}

    /** Whether the co-chairs have asked for endorsement of a version (and the round is still the current one). */
    public boolean requested() {
        return versionNumber != null;
    }
}
