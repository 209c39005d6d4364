package plenary.positions;

import static plenary.TestAccounts.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.JsonApi;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.drafting.MemorandumEdit;
import plenary.drafting.MemorandumForm;
import plenary.drafting.MemorandumRecords;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionForm;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.ParticipantForm;
import plenary.meetings.ParticipantRecords;
import plenary.meetings.PositionForm;
import plenary.meetings.ProposalForm;
import plenary.meetings.ProposalRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;

/**
 * Makes the records the positions map tests read, as Plenary itself, with names of their own: committees, people,
 * study groups (through the API, as the secretariat), meetings and their parts, and memoranda.
 */
@Component
class PositionsWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CommitteeRecords committees;
    private final PersonRecords people;
    private final Meetings meetings;
    private final MemorandumRecords memoranda;

    /** The meetings module's commands, as the world uses them. */
    @Component
    record Meetings(
            MeetingRecords records,
            SessionRecords sessions,
            ParticipantRecords participants,
            InterventionRecords interventions,
            ProposalRecords proposals) {}

    PositionsWorld(CommitteeRecords committees, PersonRecords people, Meetings meetings, MemorandumRecords memoranda) {
        this.committees = committees;
        this.people = people;
        this.meetings = meetings;
        this.memoranda = memoranda;
    }

    static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    static <T> T system(Supplier<T> work) {
        return CurrentAccount.asSystem(work);
    }

    CommitteeView committee(String name, String acronym, Nationality country) {
        return system(() -> committees.create(
                new CommitteeForm(unique(name), unique(acronym), CommitteeKind.MEMBER_COMMITTEE, country, null)));
    }

    PersonView person(String name, Nationality nationality, String affiliation, CommitteeView committee) {
        return system(() -> people.create(new PersonForm(
                unique(name), nationality, unique(affiliation), committee.id().value(), Pronoun.HE, null, null)));
    }

    long group(JsonApi api, List<Long> coChairs) throws Exception {
        String body = """
                {"title":"%s","status":"ACTIVE","plannedMeetings":3,"coChairIds":%s,"rapporteurIds":[],"committeeIds":[]}""".formatted(unique("Study group on the positions map"), coChairs);
        return api.created("/api/study-groups", admin(), body).get("id").asLong();
    }

    long institution(JsonApi api, String name) throws Exception {
        return api.created(
                        "/api/institutions",
                        admin(),
                        "{\"name\":\"%s\",\"kind\":\"TALKS\",\"status\":\"SUSPENDED\"}".formatted(unique(name)))
                .get("id")
                .asLong();
    }

    long meeting(long group, int ordinal, AttributionRule rule) {
        return system(() -> meetings.records()
                        .create(new MeetingForm(
                                group,
                                ordinal,
                                null,
                                LocalDate.of(2011, 11, 14).plusMonths(ordinal),
                                null,
                                "Vladivostok",
                                Nationality.RU,
                                null,
                                20,
                                9,
                                null,
                                false,
                                rule,
                                null)))
                .id()
                .value();
    }

    void attend(long meeting, PersonView person, Capacity capacity) {
        system(() -> meetings.participants()
                .create(new MeetingId(meeting), new ParticipantForm(person.id().value(), capacity, null)));
    }

    long session(long meeting) {
        return system(() -> meetings.sessions()
                        .create(
                                new MeetingId(meeting),
                                new SessionForm(1, "Institutional arrangements", List.of("reviewed"), null, null)))
                .id();
    }

    long say(
            long meeting,
            long session,
            @Nullable PersonView speaker,
            InterventionKind kind,
            String summary,
            @Nullable Stance stance,
            List<Long> institutions) {
        return system(() -> meetings.interventions()
                        .create(
                                new MeetingId(meeting),
                                new InterventionForm(
                                        session,
                                        null,
                                        speaker == null ? null : speaker.id().value(),
                                        kind,
                                        summary,
                                        null,
                                        stance,
                                        new Subjects(institutions, List.of()),
                                        List.of(),
                                        null,
                                        null)))
                .id();
    }

    long propose(long meeting, String text, @Nullable Long interventionId, PositionForm... positions) {
        return system(() -> meetings.proposals()
                        .create(
                                new MeetingId(meeting),
                                new ProposalForm(text, interventionId, List.of(positions), List.of(), null)))
                .id();
    }

    MemorandumView memorandum(long group, String title) {
        return system(() -> memoranda.create(new MemorandumForm(group, false, title)));
    }

    /** Saves the memorandum as one section holding one paragraph, with the key it has, citing these proposals. */
    MemorandumView cite(MemorandumView memorandum, List<Long> proposalIds) {
        MemorandumView.Section section =
                memorandum.sections().isEmpty() ? null : memorandum.sections().get(0);
        String paragraphKey =
                section == null ? null : section.paragraphs().get(0).key();
        MemorandumEdit edit = new MemorandumEdit(
                memorandum.title(),
                "",
                List.of(new MemorandumEdit.SectionEdit(
                        section == null ? null : section.key(),
                        "Recommendations",
                        List.of(new MemorandumEdit.ParagraphEdit(
                                paragraphKey,
                                "The Study Group recommends what was proposed.",
                                proposalIds,
                                List.of())))),
                memorandum.version());
        return system(() -> memoranda.edit(memorandum.id().value(), edit));
    }

    void freeze(MemorandumView memorandum, String note) {
        system(() -> memoranda.freeze(memorandum.id().value(), new VersionForm(note, memorandum.version())));
    }
}
