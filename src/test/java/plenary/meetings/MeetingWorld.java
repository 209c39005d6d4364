package plenary.meetings;

import static plenary.TestAccounts.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import plenary.JsonApi;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.Role;

/**
 * What the meeting tests need around them, with names of their own: a study group with a co-chair and a
 * rapporteur, another group with its own co-chair, accounts of every other role, and meetings of the first group
 * at which one account took part as the meeting's rapporteur and another as a plain participant. Records are
 * made as Plenary itself (without signing in over HTTP, which is slow by design); study groups and institutions
 * through their modules' API.
 */
final class MeetingWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final JsonApi api;
    final Services services;
    final Signed coChair;
    final Signed rapporteur;
    final Signed otherCoChair;
    final Signed meetingRapporteur;
    final Signed participant;
    final Signed representative;
    final Signed steering;
    final long groupId;
    final long otherGroupId;
    private final AtomicInteger ordinals = new AtomicInteger();

    /** The write services of the module, as a test uses them. */
    @Component
    record Services(
            MeetingRecords meetings,
            SessionRecords sessions,
            ParticipantRecords participants,
            InterventionRecords interventions,
            ProposalRecords proposals,
            NextTaskRecords nextTasks) {}

    MeetingWorld(JsonApi api, TestAccounts accounts, Services services) throws Exception {
        this.api = api;
        this.services = services;
        coChair = accounts.account(Role.CO_CHAIR);
        rapporteur = accounts.account(Role.RAPPORTEUR);
        otherCoChair = accounts.account(Role.CO_CHAIR);
        meetingRapporteur = accounts.account(Role.RAPPORTEUR);
        participant = accounts.account(Role.PARTICIPANT);
        representative = accounts.account(Role.COMMITTEE_REPRESENTATIVE);
        steering = accounts.account(Role.STEERING_COMMITTEE_MEMBER);
        groupId = group(
                List.of(coChair.person().id().value()),
                List.of(rapporteur.person().id().value()),
                20);
        otherGroupId = group(List.of(otherCoChair.person().id().value()), List.of(), 3);
    }

    static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    static <T> T system(Supplier<T> work) {
        return CurrentAccount.asSystem(work);
    }

    long group(List<Long> coChairs, List<Long> rapporteurs, int planned) throws Exception {
        String body = """
                {"title":"%s","status":"ACTIVE","plannedMeetings":%d,"coChairIds":%s,"rapporteurIds":%s,"committeeIds":[]}""".formatted(unique("Study group on governance"), planned, ids(coChairs), ids(rapporteurs));
        return api.created("/api/study-groups", admin(), body).get("id").asLong();
    }

    long institution(String name) throws Exception {
        return api.created(
                        "/api/institutions",
                        admin(),
                        "{\"name\":\"%s\",\"kind\":\"TALKS\",\"status\":\"SUSPENDED\"}".formatted(unique(name)))
                .get("id")
                .asLong();
    }

    int nextOrdinal() {
        return ordinals.incrementAndGet();
    }

    /** A new meeting of this world's group, the next in its series. */
    long meeting(AttributionRule rule) {
        return meeting(groupId, nextOrdinal(), rule);
    }

    long meeting(long group, int ordinal, AttributionRule rule) {
        return system(() -> services.meetings().create(form(group, ordinal, rule)))
                .id()
                .value();
    }

    static MeetingForm form(long group, int ordinal, AttributionRule rule) {
        return new MeetingForm(
                group,
                ordinal,
                null,
                LocalDate.of(2011, 11, 14),
                null,
                "Vladivostok",
                Nationality.RU,
                null,
                20,
                9,
                AttendanceQualifier.MORE_THAN,
                true,
                rule,
                null);
    }

    /** A meeting at which the meeting rapporteur and the participant took part. */
    long meetingWithItsKeepers(AttributionRule rule) {
        long meeting = meeting(rule);
        participant(meeting, meetingRapporteur.person().id().value(), Capacity.RAPPORTEUR);
        participant(meeting, participant.person().id().value(), Capacity.PARTICIPANT);
        return meeting;
    }

    long participant(long meeting, long person, Capacity capacity) {
        return system(() -> services.participants()
                        .create(new MeetingId(meeting), new ParticipantForm(person, capacity, null)))
                .id();
    }

    long session(long meeting, int number) {
        return system(() -> services.sessions()
                        .create(
                                new MeetingId(meeting),
                                new SessionForm(
                                        number,
                                        "Institutional arrangements",
                                        List.of("reviewed", "evaluated"),
                                        null,
                                        null)))
                .id();
    }

    InterventionView intervention(long meeting, long session, Long speaker, InterventionKind kind, List<Link> links) {
        return system(() -> services.interventions()
                .create(
                        new MeetingId(meeting),
                        new InterventionForm(
                                session,
                                null,
                                speaker,
                                kind,
                                "A neutral summary of what was said.",
                                null,
                                null,
                                Subjects.none(),
                                links,
                                null,
                                null)));
    }

    long intervention(long meeting, long session) {
        return intervention(meeting, session, null, InterventionKind.CONCERN, List.of())
                .id();
    }

    long proposal(long meeting, Long intervention) {
        return system(() -> services.proposals()
                        .create(
                                new MeetingId(meeting),
                                new ProposalForm(
                                        "Link the pipeline issue and the denuclearization processes",
                                        intervention,
                                        List.of(),
                                        List.of(),
                                        null)))
                .id();
    }

    long nextTask(long meeting) {
        return system(() -> services.nextTasks()
                        .create(
                                new MeetingId(meeting),
                                new NextTaskForm(
                                        "Draft the memorandum",
                                        "the Co-Chairs of the Study Group",
                                        List.of(),
                                        null,
                                        "the next Steering Committee",
                                        null,
                                        null)))
                .id();
    }

    MeetingRecord record(long meeting) {
        return system(() -> services.meetings().get(new MeetingId(meeting)));
    }

    static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
