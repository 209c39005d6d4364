package plenary.circulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.SupportTables;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumView;
import plenary.kernel.InvalidRecord;
import plenary.studygroups.StudyGroups;

/**
 * Support in open brackets: a committee's representative, for their committee (a member committee of the
 * memorandum's study group), supports one wording of a bracket (an amendment kept open, or the paragraph's own words
 * as they now stand), confirms a wording that changed by supporting it again, or withdraws. The words seen are kept
 * with the support.
 */
@Service
@Transactional
public class BracketRecords {

    /** How an open deletion stands among the alternatives. */
    static final String DELETION = "delete the paragraph";

    private final DecisionRecords decisions;
    private final CirculationTables tables;
    private final SupportTables supports;
    private final Memoranda memoranda;
    private final Directory directory;
    private final StudyGroups groups;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    BracketRecords(
            DecisionRecords decisions,
            CirculationTables tables,
            SupportTables supports,
            Memoranda memoranda,
            Directory directory,
            StudyGroups groups,
            ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.tables = tables;
        this.supports = supports;
        this.memoranda = memoranda;
        this.directory = directory;
        this.groups = groups;
        this.events = events;
    }

    public SupportView support(long memorandumId, long amendmentId, SupportForm form) {
        CommitteeView committee = committee(form);
        decisions.circulationOf(memorandumId, amendmentId);
        requireMember(memorandumId, committee);
        Amendment amendment = tables.amendment(amendmentId).orElseThrow();
        if (!AmendmentDecision.KEEP_OPEN.name().equals(amendment.decision())) {
            throw InvalidRecord.of(
                    "amendmentId", "open", "only an amendment the co-chairs kept open in brackets is supported");
        }
        String bracket = DecisionRecords.bracketOf(amendment);
        long committeeId = committee.id().value();
        String by = CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
        if (Boolean.TRUE.equals(form.withdraw())) {
            supports.withdraw(memorandumId, bracket, committeeId);
            events.publishEvent(
                    new SupportWithdrawn(new MemorandumId(memorandumId), bracket, committee.id(), by, clock.instant()));
            return new SupportView(bracket, committee.id(), committee.shortName(), null, null, true);
        }
        boolean current = Boolean.TRUE.equals(form.current());
        String wording = current ? paragraphWording(memorandumId, amendment) : wordingOf(amendment);
        Long supported = current ? null : amendmentId;
        Instant now = clock.instant();
        supports.give(memorandumId, bracket, committeeId, supported, wording, by, now);
        events.publishEvent(
                new SupportGiven(new MemorandumId(memorandumId), bracket, committee.id(), supported, by, now));
        return new SupportView(bracket, committee.id(), committee.shortName(), supported, wording, false);
    }

    /** The words an amendment kept open puts in its bracket. */
    static String wordingOf(Amendment amendment) {
        return amendment.text() == null ? DELETION : amendment.text();
    }

    private String paragraphWording(long memorandumId, Amendment amendment) {
        if (amendment.kind() == AmendmentKind.INSERT_AFTER) {
            throw InvalidRecord.of(
                    "current", "has-wording", "an insertion's bracket has no wording of the paragraph's own");
        }
        MemorandumView view = memoranda.find(memorandumId);
        return view.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .filter(p -> p.key().equals(amendment.paragraphKey()))
                .findFirst()
                .map(MemorandumView.Paragraph::text)
                .orElseThrow(() -> InvalidRecord.of(
                        "current",
                        "exists",
                        "paragraph " + amendment.paragraphKey() + " is no longer in the working text"));
    }

    /** Only the member committees of the memorandum's study group take sides in its brackets. */
    private void requireMember(long memorandumId, CommitteeView committee) {
        boolean member = groups.find(memoranda.find(memorandumId).studyGroupId())
                .map(g -> g.committeeIds().contains(committee.id()))
                .orElse(false);
        if (!member) {
            throw InvalidRecord.of(
                    "committeeId",
                    "member",
                    committee.shortName() + " is not a member committee of the study group, so it supports no"
                            + " wording of its memorandum");
        }
    }

    /** The committee the signed-in representative speaks for: the one named, else their own. */
    private CommitteeView committee(SupportForm form) {
        long person = CurrentAccount.personId()
                .orElseThrow(() -> new AccessDeniedException("Only a committee's representative gives its support."));
        Long id = form.committeeId();
        if (id == null) {
            id = directory
                    .person(new PersonId(person))
                    .map(p -> p.committeeId() == null ? null : p.committeeId().value())
                    .orElse(null);
        }
        Optional<CommitteeView> committee = id == null ? Optional.empty() : directory.committee(new CommitteeId(id));
        if (committee.isEmpty()
                || directory.representatives(committee.get().id()).stream().noneMatch(p -> p.id().value() == person)) {
            throw new AccessDeniedException("Only a committee's representative gives its support, for that committee.");
        }
        return committee.get();
    }
}
