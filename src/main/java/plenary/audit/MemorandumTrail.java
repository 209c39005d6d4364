package plenary.audit;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import plenary.circulation.AmendmentDecided;
import plenary.circulation.AmendmentProposed;
import plenary.circulation.CirculationSent;
import plenary.circulation.CommentMade;
import plenary.circulation.PersonalLinkRevoked;
import plenary.circulation.SupportGiven;
import plenary.circulation.SupportWithdrawn;
import plenary.drafting.MemorandumDeleted;
import plenary.drafting.MemorandumStarted;
import plenary.drafting.MemorandumVersionFrozen;
import plenary.endorsement.EndorsementRequested;
import plenary.endorsement.MemorandumEndorsed;
import plenary.endorsement.MemorandumPublished;
import plenary.endorsement.MemorandumSubmitted;
import plenary.endorsement.SteeringCommitteeDecided;

/**
 * Writes every action on a memorandum into the audit log, under the memorandum as its subject, so that its history
 * page reads them in order: its start and versions, circulations and what recipients wrote, endorsements,
 * submission, the Steering Committee's decision and publication. Each entry bears the time its event says the action
 * was taken, not the time it was appended: the listeners run after commit, on threads of their own, and append the
 * events of one transaction in any order.
 */
@Component
class MemorandumTrail {

    private final AuditLog log;

    MemorandumTrail(AuditLog log) {
        this.log = log;
    }

    @ApplicationModuleListener
    void on(MemorandumStarted e) {
        append(
                e.at(),
                e.by(),
                "memorandum-started",
                e.memorandumId(),
                "“" + e.title() + "” of study group " + e.studyGroupId()
                        + (e.fromRecord() ? ", drafted from the record" : ", blank"));
    }

    @ApplicationModuleListener
    void on(MemorandumVersionFrozen e) {
        append(
                e.at(),
                e.by(),
                "memorandum-version-frozen",
                e.memorandumId(),
                "version " + e.number() + ": " + e.note());
    }

    @ApplicationModuleListener
    void on(MemorandumDeleted e) {
        append(
                e.at(),
                e.by(),
                "memorandum-deleted",
                e.memorandumId(),
                "“" + e.title() + "” of study group " + e.studyGroupId() + ", before any version");
    }

    @ApplicationModuleListener
    void on(CirculationSent e) {
        append(
                e.at(),
                e.by(),
                "memorandum-circulated",
                e.memorandumId(),
                "version " + e.version() + " to " + e.recipients()
                        + (e.recipients() == 1 ? " recipient" : " recipients") + ", until " + e.deadline());
    }

    @ApplicationModuleListener
    void on(CommentMade e) {
        append(
                e.at(),
                e.by(),
                "memorandum-commented",
                e.memorandumId(),
                "on paragraph " + e.paragraphKey() + " in circulation " + e.circulationId() + late(e.late()));
    }

    @ApplicationModuleListener
    void on(AmendmentProposed e) {
        append(
                e.at(),
                e.by(),
                "amendment-proposed",
                e.memorandumId(),
                words(e.kind()) + " paragraph " + e.paragraphKey() + " (amendment " + e.amendmentId() + ", circulation "
                        + e.circulationId() + ")" + late(e.late()));
    }

    @ApplicationModuleListener
    void on(AmendmentDecided e) {
        append(
                e.at(),
                e.by(),
                "amendment-decided",
                e.memorandumId(),
                "amendment " + e.amendmentId() + " to paragraph " + e.paragraphKey() + ": " + words(e.decision()));
    }

    @ApplicationModuleListener
    void on(SupportGiven e) {
        append(
                e.at(),
                e.by(),
                "support-given",
                e.memorandumId(),
                "committee " + e.committeeId() + " supports "
                        + (e.amendmentId() == null ? "the current wording" : "amendment " + e.amendmentId())
                        + " in bracket " + e.bracket());
    }

    @ApplicationModuleListener
    void on(SupportWithdrawn e) {
        append(
                e.at(),
                e.by(),
                "support-withdrawn",
                e.memorandumId(),
                "committee " + e.committeeId() + " in bracket " + e.bracket());
    }

    @ApplicationModuleListener
    void on(PersonalLinkRevoked e) {
        append(
                e.at(),
                e.by(),
                "personal-link-revoked",
                e.memorandumId(),
                "recipient " + e.recipientId() + " of circulation " + e.circulationId());
    }

    @ApplicationModuleListener
    void on(EndorsementRequested e) {
        append(e.at(), e.by(), "endorsement-requested", e.memorandumId(), "of version " + e.versionNumber());
    }

    @ApplicationModuleListener
    void on(MemorandumEndorsed e) {
        append(
                e.at(),
                e.by(),
                "memorandum-endorsed",
                e.memorandumId(),
                "committee " + e.committeeId() + ": " + words(e.answer()) + " version " + e.versionNumber()
                        + (e.reservation() == null ? "" : ", reservation: " + e.reservation()));
    }

    @ApplicationModuleListener
    void on(MemorandumSubmitted e) {
        append(
                e.at(),
                e.by(),
                "memorandum-submitted",
                e.memorandumId(),
                "version " + e.versionNumber() + " to " + e.meeting() + " on " + e.meetingOn());
    }

    @ApplicationModuleListener
    void on(SteeringCommitteeDecided e) {
        append(
                e.at(),
                e.by(),
                "steering-committee-decided",
                e.memorandumId(),
                words(e.decision()) + (e.text() == null ? "" : ": " + e.text()));
    }

    @ApplicationModuleListener
    void on(MemorandumPublished e) {
        append(e.at(), e.by(), "memorandum-published", e.memorandumId(), "no. " + e.number() + ", " + e.publishedOn());
    }

    private void append(@Nullable Instant at, String by, String action, Object memorandumId, String detail) {
        log.append(at, by, action, MemorandumHistory.subject(memorandumId), detail, null);
    }

    private static String late(boolean late) {
        return late ? ", late" : "";
    }

    /** An enum's constant as words: ENDORSES_WITH_RESERVATION → "endorses with reservation". */
    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
