package plenary.endorsement;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonView;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionSummary;
import plenary.endorsement.internal.EndorsementTables;
import plenary.endorsement.internal.GivenAnswer;
import plenary.endorsement.internal.Round;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Rules;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.studygroups.StudyGroupView;

/**
 * The co-chairs' request for endorsement of a version (a message queued to each participating committee's
 * representatives) and each committee's one answer.
 */
@Service
@Transactional
public class EndorsementRecords {

    static final String REQUEST_MAIL = "endorsement-request";

    private final EndorsementGate gate;
    private final Memoranda memoranda;
    private final EndorsementTables tables;
    private final Directory directory;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    EndorsementRecords(
            EndorsementGate gate,
            Memoranda memoranda,
            EndorsementTables tables,
            Directory directory,
            Outbox outbox,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.memoranda = memoranda;
        this.tables = tables;
        this.directory = directory;
        this.outbox = outbox;
        this.events = events;
    }

    /** Opens endorsement of a frozen version; a later version may be put again until the memorandum is submitted. */
    public void request(long memorandumId, EndorsementRequestForm form) {
        MemorandumView memorandum = gate.memorandum(memorandumId);
        gate.requireDrafter(memorandum);
        StudyGroupView group = gate.group(memorandum);
        Integer number = form.versionNumber();
        Optional<Round> latest = tables.latest(memorandumId, true);
        Rules rules = new Rules().required(number, "versionNumber");
        rules.check(
                number == null || memoranda.versions(memorandumId).stream().anyMatch(v -> v.number() == number),
                "versionNumber",
                "exists",
                "names no frozen version of the memorandum (it has "
                        + memoranda.versions(memorandumId).stream()
                                .map(VersionSummary::number)
                                .toList() + ")");
        rules.check(
                !group.committeeIds().isEmpty(),
                "versionNumber",
                "committees",
                "cannot be put to endorsement: no member committee takes part in the study group");
        latest.ifPresent(round -> {
            rules.check(
                    !round.submitted() || round.decision() == Decision.RETURNED,
                    "versionNumber",
                    "open",
                    "cannot be put to endorsement: the memorandum has gone to the Steering Committee"
                            + (round.decision() == null ? " and awaits its decision" : ", which approved it"));
            rules.check(
                    round.submitted() || number == null || number > round.versionNumber(),
                    "versionNumber",
                    "later",
                    "must be later than version " + round.versionNumber()
                            + ", which the committees are already asked to endorse");
        });
        rules.enforce();
        int version = Objects.requireNonNull(number);
        String note = text(form.note());
        Instant now = Instant.now();
        long round = tables.open(memorandumId, version, note, EndorsementGate.who(), now);
        for (CommitteeId id : group.committeeIds()) {
            CommitteeView committee = directory.committee(id).orElseThrow();
            for (PersonView representative : directory.representatives(id)) {
                if (representative.email() != null) {
                    outbox.enqueue(new OutgoingMail(
                            REQUEST_MAIL,
                            representative.email(),
                            representative.name(),
                            representative.id().value(),
                            Map.of(
                                    "memorandumId", String.valueOf(memorandumId),
                                    "title", memorandum.title(),
                                    "studyGroup", group.title(),
                                    "versionNumber", String.valueOf(version),
                                    "committee", committee.shortName(),
                                    "note", note == null ? "" : note),
                            now,
                            REQUEST_MAIL + ":" + round + ":" + id.value() + ":"
                                    + representative.id().value()));
                }
            }
        }
        events.publishEvent(new EndorsementRequested(memorandum.id(), group.id(), version, EndorsementGate.who(), now));
    }

    /** The answer of the committee the one signed in represents; a committee answers once. */
    public void endorse(long memorandumId, EndorsementForm form) {
        MemorandumView memorandum = gate.memorandum(memorandumId);
        StudyGroupView group = gate.group(memorandum);
        CommitteeView committee = gate.requireRepresentative(group);
        Round round = tables.latest(memorandumId, true)
                .filter(r -> !r.submitted())
                .orElseThrow(() -> InvalidRecord.of(
                        "answer", "open", "cannot be given: no version of the memorandum is put to endorsement now"));
        tables.answers(round.id()).stream()
                .filter(a -> a.committeeId() == committee.id().value())
                .findFirst()
                .ifPresent(a -> {
                    throw InvalidRecord.of(
                            "answer",
                            "once-per-committee",
                            "cannot be given twice: " + committee.shortName() + " has already answered ("
                                    + a.answer().words() + "); a committee answers once");
                });
        Answer answer = form.answer();
        String reservation = text(form.reservation());
        String key = text(form.paragraphKey());
        Rules rules = new Rules().required(answer, "answer");
        rules.check(
                answer != Answer.ENDORSES_WITH_RESERVATION || reservation != null,
                "reservation",
                "required",
                "must say what the reservation is");
        rules.check(
                answer == Answer.ENDORSES_WITH_RESERVATION || reservation == null && key == null,
                "reservation",
                "only-with-reservation",
                "is given only with an endorsement with a reservation");
        rules.check(
                key == null
                        || memoranda
                                .versionText(memorandumId, round.versionNumber())
                                .paragraph(key)
                                .isPresent(),
                "paragraphKey",
                "exists",
                "names no paragraph of version " + round.versionNumber());
        rules.enforce();
        long person = Objects.requireNonNull(CurrentAccount.personId().orElse(null));
        Instant now = Instant.now();
        tables.answer(
                round.id(),
                new GivenAnswer(
                        committee.id().value(),
                        Objects.requireNonNull(answer),
                        reservation,
                        key,
                        person,
                        EndorsementGate.who(),
                        now));
        events.publishEvent(new MemorandumEndorsed(
                memorandum.id(),
                round.versionNumber(),
                committee.id(),
                answer,
                reservation,
                key,
                EndorsementGate.who(),
                now));
    }

    static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
