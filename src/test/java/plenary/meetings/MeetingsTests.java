package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import plenary.PlenaryModuleTest;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CurrentAccount;
import plenary.directory.Role;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordInUse;
import plenary.kernel.StaleEdit;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;

/**
 * What other modules read of the meetings, and hear of their changes, tested on the meetings module with those it
 * uses (directory, study groups, institutions) and a real database. They read the full, named record through
 * {@link Meetings}. Every change of a meeting's record, through each kind of command, is announced with the meeting's
 * and its study group's ids once the command has succeeded; a refused change announces nothing; handing the named
 * record of a meeting whose rule withholds names to a program is announced for the audit. Each test works on a
 * meeting of its own, made before the test starts listening.
 */
@PlenaryModuleTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsTests {

    private final Meetings meetings;
    private final MeetingWorld.Services records;
    private final TestAccounts accounts;
    private final StudyGroupRecords studyGroups;
    private final UserDetailsService signIn;
    private final AtomicInteger ordinals = new AtomicInteger();

    private Signed keeper;
    private Signed outsider;
    private long groupId;
    private long meeting;
    private SessionView session;
    private ParticipantView participant;
    private InterventionView intervention;
    private InterventionView later;
    private ProposalView proposal;
    private NextTaskView nextTask;

    MeetingsTests(
            Meetings meetings,
            MeetingWorld.Services records,
            TestAccounts accounts,
            StudyGroupRecords studyGroups,
            UserDetailsService signIn) {
        this.meetings = meetings;
        this.records = records;
        this.accounts = accounts;
        this.studyGroups = studyGroups;
        this.signIn = signIn;
    }

    @BeforeAll
    void aStudyGroupWhoseCoChairKeepsItsMeetings() {
        keeper = accounts.account(Role.CO_CHAIR);
        outsider = accounts.account(Role.STEERING_COMMITTEE_MEMBER);
        groupId = group(20);
    }

    /** The keeper signs in and records a meeting with a record of every kind (two interventions). */
    @BeforeEach
    void aMeetingWithOneRecordOfEachKind() {
        signIn(keeper);
        meeting = records.meetings()
                .create(MeetingWorld.form(groupId, ordinals.incrementAndGet(), AttributionRule.NONE))
                .id()
                .value();
        participant = records.participants()
                .create(
                        new MeetingId(meeting),
                        new ParticipantForm(keeper.person().id().value(), Capacity.RAPPORTEUR, null));
        session = records.sessions().create(new MeetingId(meeting), session(1, null));
        intervention = records.interventions().create(new MeetingId(meeting), intervention(session.id()));
        later = records.interventions().create(new MeetingId(meeting), intervention(session.id()));
        proposal = records.proposals()
                .create(
                        new MeetingId(meeting),
                        new ProposalForm("Link the two processes", intervention.id(), List.of(), List.of(), null));
        nextTask = records.nextTasks()
                .create(
                        new MeetingId(meeting),
                        new NextTaskForm("Draft the memorandum", "the Co-Chairs", List.of(), null, null, null, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRecordIsTheNamedOneWhoeverAsks() {
        records.interventions()
                .create(
                        new MeetingId(meeting),
                        new InterventionForm(
                                session.id(),
                                null,
                                keeper.person().id().value(),
                                InterventionKind.ARGUMENT,
                                "An argument.",
                                null,
                                null,
                                Subjects.none(),
                                List.of(),
                                null,
                                null));
        signOut();

        MeetingRecord record = meetings.record(new MeetingId(meeting)).orElseThrow();
        assertThat(record.named()).isTrue();
        assertThat(record.attributionRule()).isEqualTo(AttributionRule.NONE);
        assertThat(record.sessions().get(0).interventions())
                .extracting(InterventionView::speakerPersonId)
                .contains(keeper.person().id());
        assertThat(record.participants())
                .extracting(ParticipantView::personId)
                .contains(keeper.person().id());
        assertThat(meetings.record(new MeetingId(987654321))).isEmpty();
    }

    @Test
    void theMeetingsOfAGroupComeInTheOrderOfTheSeries() {
        long group = group(3);
        long third = records.meetings()
                .create(MeetingWorld.form(group, 3, AttributionRule.NONE))
                .id()
                .value();
        long first = records.meetings()
                .create(MeetingWorld.form(group, 1, AttributionRule.NONE))
                .id()
                .value();

        assertThat(meetings.ofStudyGroup(new StudyGroupId(group)))
                .extracting(MeetingSummary::id)
                .containsExactly(new MeetingId(first), new MeetingId(third));
        assertThat(meetings.ofStudyGroup(new StudyGroupId(group)).get(1).ordinalWords())
                .isEqualTo("the third and final meeting");
    }

    Stream<Named<Supplier<Object>>> changes() {
        return Stream.of(
                change("the meeting changed", () -> records.meetings().update(new MeetingId(meeting), meetingForm(0))),
                removal("the meeting deleted", () -> records.meetings().delete(new MeetingId(meeting))),
                change("a session added", () -> records.sessions().create(new MeetingId(meeting), session(2, null))),
                change(
                        "a session changed",
                        () -> records.sessions()
                                .update(new MeetingId(meeting), session.id(), session(1, session.version()))),
                change(
                        "a participant changed",
                        () -> records.participants()
                                .update(
                                        new MeetingId(meeting),
                                        participant.id(),
                                        new ParticipantForm(
                                                keeper.person().id().value(),
                                                Capacity.CO_CHAIR,
                                                participant.version()))),
                change(
                        "an intervention added",
                        () -> records.interventions().create(new MeetingId(meeting), intervention(session.id()))),
                change(
                        "an intervention moved",
                        () -> records.interventions().move(new MeetingId(meeting), later.id(), 1)),
                removal("a proposal deleted", () -> records.proposals().delete(new MeetingId(meeting), proposal.id())),
                change(
                        "a next task changed",
                        () -> records.nextTasks()
                                .update(
                                        new MeetingId(meeting),
                                        nextTask.id(),
                                        new NextTaskForm(
                                                "Draft the memorandum together",
                                                "the Co-Chairs",
                                                List.of(),
                                                null,
                                                null,
                                                null,
                                                nextTask.version()))),
                removal(
                        "a next task deleted",
                        () -> records.nextTasks().delete(new MeetingId(meeting), nextTask.id())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeIsAnnouncedWithTheMeetingAndItsStudyGroupOnceItHasSucceeded(
            Supplier<Object> change, Scenario scenario) {
        scenario.stimulate(change)
                .andWaitForEventOfType(MeetingRecordChanged.class)
                .toArriveAndVerify(event -> assertThat(event)
                        .isEqualTo(new MeetingRecordChanged(new MeetingId(meeting), new StudyGroupId(groupId))));
    }

    @Test
    void aNewMeetingIsAnnouncedWithItsStudyGroup(Scenario scenario) {
        scenario.stimulate(() -> records.meetings()
                        .create(MeetingWorld.form(groupId, ordinals.incrementAndGet(), AttributionRule.NAMED)))
                .andWaitForEventOfType(MeetingRecordChanged.class)
                .toArriveAndVerify((event, created) ->
                        assertThat(event).isEqualTo(new MeetingRecordChanged(created.id(), new StudyGroupId(groupId))));
    }

    @Test
    void eachChangeIsAnnouncedOnce(AssertablePublishedEvents events) {
        records.sessions().create(new MeetingId(meeting), session(2, null));
        records.interventions().create(new MeetingId(meeting), intervention(session.id()));
        records.proposals().delete(new MeetingId(meeting), proposal.id());
        records.nextTasks().delete(new MeetingId(meeting), nextTask.id());
        records.participants().delete(new MeetingId(meeting), participant.id());
        records.meetings().delete(new MeetingId(meeting));

        assertThat(events.ofType(MeetingRecordChanged.class))
                .hasSize(6)
                .containsOnly(new MeetingRecordChanged(new MeetingId(meeting), new StudyGroupId(groupId)));
    }

    @Test
    void aRefusedChangeIsNotAnnounced(AssertablePublishedEvents events) {
        assertThatThrownBy(() -> records.sessions()
                        .create(new MeetingId(meeting), new SessionForm(2, " ", List.of(), null, null)))
                .isInstanceOf(InvalidRecord.class);
        assertThatThrownBy(() -> records.sessions()
                        .update(new MeetingId(meeting), session.id(), session(1, session.version() + 1)))
                .isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> records.sessions().delete(new MeetingId(meeting), session.id()))
                .isInstanceOf(RecordInUse.class);
        assertThatThrownBy(() -> records.meetings().update(new MeetingId(meeting), meetingForm(1)))
                .isInstanceOf(StaleEdit.class);
        signIn(outsider);
        assertThatThrownBy(() -> records.nextTasks().delete(new MeetingId(meeting), nextTask.id()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(events.ofType(MeetingRecordChanged.class)).isEmpty();
    }

    @Test
    void handingTheNamedRecordOfANonAttributedMeetingToAProgramIsAnnounced(Scenario scenario) {
        scenario.stimulate(() -> records.meetings().export(new MeetingId(meeting)))
                .andWaitForEventOfType(NamedRecordExported.class)
                .toArriveAndVerify((event, record) -> {
                    assertThat(event)
                            .isEqualTo(new NamedRecordExported(
                                    new MeetingId(meeting), AttributionRule.NONE, keeper.username()));
                    assertThat(record.named()).isTrue();
                });
    }

    @Test
    void readingARecordOrExportingOneWithoutWithheldNamesIsNotAnnounced(AssertablePublishedEvents events) {
        long named = records.meetings()
                .create(MeetingWorld.form(groupId, ordinals.incrementAndGet(), AttributionRule.NAMED))
                .id()
                .value();

        assertThat(records.meetings().get(new MeetingId(meeting)).named()).isTrue();
        assertThat(records.meetings().export(new MeetingId(named)).named()).isTrue();
        signIn(outsider);
        assertThat(records.meetings().export(new MeetingId(meeting)).named()).isFalse();

        assertThat(events.ofType(NamedRecordExported.class)).isEmpty();
    }

    /** A new study group that the keeper co-chairs, with that many meetings planned. */
    private long group(int plannedMeetings) {
        return CurrentAccount.asSystem(() -> studyGroups.create(new StudyGroupForm(
                        MeetingWorld.unique("Study group on governance"),
                        null,
                        StudyGroupStatus.ACTIVE,
                        plannedMeetings,
                        List.of(keeper.person().id().value()),
                        List.of(),
                        List.of(),
                        null)))
                .id()
                .value();
    }

    /** Signs the account in on this thread as the sign-in does: as the directory has it now. */
    private void signIn(Signed who) {
        UserDetails account = signIn.loadUserByUsername(who.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** The meeting renamed, as a change made on the version stored now, or on one {@code behind} it. */
    private MeetingForm meetingForm(int behind) {
        MeetingRecord stored = records.meetings().get(new MeetingId(meeting));
        MeetingForm f = MeetingWorld.form(groupId, stored.ordinal(), AttributionRule.NONE);
        return new MeetingForm(
                f.studyGroupId(),
                f.ordinal(),
                "Renamed",
                f.startsOn(),
                f.endsOn(),
                f.city(),
                f.country(),
                f.hostCommitteeId(),
                f.expertsCount(),
                f.committeesCount(),
                f.attendanceQualifier(),
                f.includesOtherRegions(),
                f.attributionRule(),
                stored.version() - behind);
    }

    private static SessionForm session(int number, Integer version) {
        return new SessionForm(number, "Institutional arrangements", List.of("reviewed"), null, version);
    }

    private static InterventionForm intervention(long session) {
        return new InterventionForm(
                session,
                null,
                null,
                InterventionKind.CONCERN,
                "A neutral summary of what was said.",
                null,
                null,
                Subjects.none(),
                List.of(),
                null,
                null);
    }

    private static Named<Supplier<Object>> change(String name, Supplier<Object> change) {
        return Named.of(name, change);
    }

    private static Named<Supplier<Object>> removal(String name, Runnable removal) {
        return Named.of(name, () -> {
            removal.run();
            return null;
        });
    }
}
