package plenary.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.drafting.MemorandumView;
import plenary.endorsement.internal.EndorsementTables;
import plenary.endorsement.internal.Publication;
import plenary.endorsement.internal.Round;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Phrase;
import plenary.kernel.Rules;
import plenary.studygroups.StudyGroupView;

/**
 * The memorandum's way through the Steering Committee: submitted to one of its meetings when the study group's rule
 * is met, the decision recorded, and an approved memorandum published in the organisation's series.
 */
@Service
@Transactional
public class SubmissionRecords {

    private final EndorsementGate gate;
    private final Endorsements endorsements;
    private final EndorsementTables tables;
    private final PublicationMail mail;
    private final ApplicationEventPublisher events;
    private final MessageSource bundles;

    SubmissionRecords(
            EndorsementGate gate,
            Endorsements endorsements,
            EndorsementTables tables,
            PublicationMail mail,
            ApplicationEventPublisher events,
            MessageSource bundles) {
        this.gate = gate;
        this.endorsements = endorsements;
        this.tables = tables;
        this.mail = mail;
        this.events = events;
        this.bundles = bundles;
    }

    /** Submits the version the committees endorsed; refused, saying why, unless the group's rule is met. */
    public void submit(long memorandumId, SubmissionForm form) {
        MemorandumView memorandum = gate.memorandum(memorandumId);
        gate.requireDrafter(memorandum);
        StudyGroupView group = gate.group(memorandum);
        Round round = open(memorandumId);
        EndorsementView state = endorsements.view(memorandum, group, Optional.of(round));
        String meeting = EndorsementRecords.text(form.meeting());
        new Rules()
                .check(
                        state.mayBeSubmitted(),
                        "endorsements",
                        "consensus-rule",
                        "do not meet the study group's rule ("
                                + group.consensusRule().words() + "): " + inEnglish(state.reasons()))
                .required(meeting, "meeting")
                .required(form.meetingOn(), "meetingOn")
                .enforce();
        Instant now = Instant.now();
        tables.submit(
                round.id(),
                Objects.requireNonNull(meeting),
                EndorsementRecords.text(form.place()),
                Objects.requireNonNull(form.meetingOn()),
                EndorsementGate.who(),
                now);
        events.publishEvent(new MemorandumSubmitted(
                memorandum.id(), round.versionNumber(), meeting, form.meetingOn(), EndorsementGate.who(), now));
    }

    /** Records the Steering Committee's decision, once; changes asked for and comments returned are described. */
    public void decide(long memorandumId, DecisionForm form) {
        MemorandumView memorandum = gate.memorandum(memorandumId);
        EndorsementGate.requireSteering();
        Round round = tables.latest(memorandumId, true)
                .filter(r -> r.submitted() && r.decision() == null)
                .orElseThrow(() -> InvalidRecord.of(
                        "decision",
                        "submitted",
                        "cannot be recorded: the memorandum awaits no decision of the Steering Committee"));
        Decision decision = form.decision();
        String text = EndorsementRecords.text(form.text());
        new Rules()
                .required(decision, "decision")
                .check(
                        decision == null || decision == Decision.APPROVED || text != null,
                        "text",
                        "required",
                        decision == Decision.RETURNED
                                ? "must give the Steering Committee's comments"
                                : "must describe the changes asked for")
                .enforce();
        Instant now = Instant.now();
        tables.decide(round.id(), Objects.requireNonNull(decision), text, EndorsementGate.who(), now);
        events.publishEvent(new SteeringCommitteeDecided(memorandum.id(), decision, text, EndorsementGate.who(), now));
    }

    /** Publishes an approved memorandum under the next number of the series, and tells the group's people. */
    public EndorsementView.Published publish(long memorandumId, PublicationForm form) {
        MemorandumView memorandum = gate.memorandum(memorandumId);
        EndorsementGate.requireSecretariat();
        Round round = tables.latest(memorandumId, true)
                .filter(r -> r.decision() != null && r.decision().approves())
                .orElseThrow(() -> InvalidRecord.of(
                        "publication",
                        "approved",
                        "cannot be made: the Steering Committee has not approved the memorandum"));
        if (tables.publication(memorandumId).isPresent()) {
            throw InvalidRecord.of("publication", "once", "cannot be made twice: the memorandum is published");
        }
        StudyGroupView group = gate.group(memorandum);
        LocalDate on = form.publishedOn() == null ? LocalDate.now(ZoneOffset.UTC) : form.publishedOn();
        Instant now = Instant.now();
        Publication published =
                tables.publish(memorandumId, round.id(), group.id().value(), on, EndorsementGate.who(), now);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("memorandumId", String.valueOf(memorandumId));
        facts.put("title", memorandum.title());
        facts.put("studyGroup", group.title());
        facts.put("number", String.valueOf(published.number()));
        facts.put("publishedOn", on.toString());
        mail.queue(group, facts);
        events.publishEvent(new MemorandumPublished(
                memorandum.id(), group.id(), published.number(), on, EndorsementGate.who(), now));
        return new EndorsementView.Published(published.number(), on);
    }

    private Round open(long memorandumId) {
        return tables.latest(memorandumId, true)
                .filter(r -> !r.submitted())
                .orElseThrow(() -> InvalidRecord.of(
                        "endorsements",
                        "requested",
                        "cannot be submitted: no version of the memorandum is put to endorsement now"));
    }

    /**
     * The reasons as the refusal's sentence says them: in English, as every rule's message is, and as the API has
     * always answered; a page says the reasons in its reader's language beside the matrix.
     */
    private String inEnglish(List<Phrase> reasons) {
        return String.join(
                " ",
                reasons.stream().map(r -> bundles.getMessage(r, Locale.ENGLISH)).toList());
    }
}
