package plenary.endorsement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumView;
import plenary.endorsement.EndorsementView.CommitteeAnswer;
import plenary.endorsement.internal.EndorsementTables;
import plenary.endorsement.internal.GivenAnswer;
import plenary.endorsement.internal.Round;
import plenary.kernel.Phrase;
import plenary.studygroups.StudyGroupView;

/** Where a memorandum stands on its road to publication, for signed-in accounts: the matrix and the rule's verdict. */
@Service
@Transactional(readOnly = true)
public class Endorsements {

    private final EndorsementGate gate;
    private final EndorsementTables tables;
    private final Directory directory;

    Endorsements(EndorsementGate gate, EndorsementTables tables, Directory directory) {
        this.gate = gate;
        this.tables = tables;
        this.directory = directory;
    }

    public EndorsementView state(long memorandumId) {
        MemorandumView memorandum = gate.memorandum(memorandumId);
        return view(memorandum, gate.group(memorandum), tables.latest(memorandumId, false));
    }

    /**
     * The endorsements the committee still owes: the latest, unsubmitted round of each memorandum it has not answered,
     * the earliest asked first, in one statement and without asking who is asking. Rounds of memoranda of study
     * groups the committee takes no part in are among them: the caller keeps those of its groups.
     */
    public List<EndorsementDue> awaiting(CommitteeId committee) {
        return tables.awaiting(committee.value()).stream()
                .map(r -> new EndorsementDue(
                        r.id(), new MemorandumId(r.memorandumId()), r.versionNumber(), r.requestedAt()))
                .toList();
    }

    /** The participating committee the one signed in answers for, if any. */
    public Optional<CommitteeView> committeeOfSignedIn(long memorandumId) {
        return gate.speaksFor(gate.group(gate.memorandum(memorandumId)));
    }

    EndorsementView view(MemorandumView memorandum, StudyGroupView group, Optional<Round> latest) {
        List<GivenAnswer> given = latest.map(r -> tables.answers(r.id())).orElse(List.of());
        Map<Long, GivenAnswer> byCommittee =
                given.stream().collect(Collectors.toMap(GivenAnswer::committeeId, Function.identity()));
        List<CommitteeAnswer> rows = new ArrayList<>();
        for (CommitteeId id : group.committeeIds()) {
            String name = directory.committee(id).map(CommitteeView::shortName).orElse("Committee " + id);
            GivenAnswer answer = byCommittee.get(id.value());
            rows.add(
                    answer == null
                            ? new CommitteeAnswer(id, name, null, null, null, null, null)
                            : new CommitteeAnswer(
                                    id,
                                    name,
                                    answer.answer(),
                                    answer.reservation(),
                                    answer.paragraphKey(),
                                    answer.givenBy(),
                                    answer.givenAt()));
        }
        Consensus.Verdict verdict = latest.isEmpty()
                ? new Consensus.Verdict(false, List.of(Phrase.of("endorsement.consensus.not-asked")))
                : Consensus.judge(
                        group.consensusRule(),
                        group.quorum(),
                        rows.stream()
                                .map(r -> new Consensus.Standing(r.committee(), r.answer()))
                                .toList());
        Round round = latest.orElse(null);
        return new EndorsementView(
                memorandum.id(),
                memorandum.title(),
                round == null ? null : round.versionNumber(),
                round == null ? null : round.note(),
                group.consensusRule(),
                group.quorum(),
                rows,
                verdict.met(),
                verdict.reasons(),
                round == null ? null : submission(round),
                tables.publication(memorandum.id().value())
                        .map(p -> new EndorsementView.Published(p.number(), p.publishedOn()))
                        .orElse(null));
    }

    private static EndorsementView.@Nullable Submission submission(Round round) {
        if (!round.submitted()) {
            return null;
        }
        return new EndorsementView.Submission(
                Objects.requireNonNull(round.meeting()),
                round.meetingPlace(),
                Objects.requireNonNull(round.meetingOn()),
                Objects.requireNonNull(round.submittedBy()),
                Objects.requireNonNull(round.submittedAt()),
                round.decision(),
                round.decisionText(),
                round.decidedBy());
    }
}
