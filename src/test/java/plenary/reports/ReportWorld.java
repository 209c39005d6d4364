package plenary.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.NextTaskForm;
import plenary.meetings.NextTaskRecords;
import plenary.meetings.ParticipantForm;
import plenary.meetings.ParticipantRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;

/**
 * What the report tests need, with names of their own: a study group with a co-chair and a rapporteur, a speaker
 * and a plain participant with accounts, an outsider of every other kind, and small meetings of the group with a
 * session, two interventions and a next task. Records are made as Plenary itself through the modules' APIs.
 */
final class ReportWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Signed coChair;
    final Signed rapporteur;
    final Signed speaker;
    final Signed participant;
    final Signed outsider;
    final Signed secretariat;
    final long groupId;
    private final Modules modules;
    private final AtomicInteger ordinals = new AtomicInteger();

    /** The modules' APIs the world is made through. */
    @Component
    record Modules(
            PersonRecords people,
            StudyGroupRecords studyGroups,
            MeetingRecords meetings,
            SessionRecords sessions,
            ParticipantRecords participants,
            InterventionRecords interventions,
            NextTaskRecords nextTasks) {}

    ReportWorld(TestAccounts accounts, Modules modules) {
        this.modules = modules;
        String n = unique();
        coChair = accounts.account(Role.CO_CHAIR, person("Ingrid Halvorsen", Nationality.NZ, "Harbour Institute"));
        rapporteur = accounts.account(Role.RAPPORTEUR, person("Tomasz Wierzbicki", Nationality.AU, "Coral Sea Forum"));
        speaker = accounts.account(
                Role.PARTICIPANT,
                person("Oksana Vetrogradova", Nationality.RU, "Amurskaya Academy of Pacific Affairs"));
        participant =
                accounts.account(Role.PARTICIPANT, person("Kim Seo-yeon", Nationality.KR, "Bukhansan Policy Centre"));
        outsider = accounts.account(Role.PARTICIPANT, person("Ludmila Okonkwo", Nationality.GB, "Thames Policy Unit"));
        secretariat =
                accounts.account(Role.SECRETARIAT, person("Alicia Fernhall", Nationality.CA, "Plenary Secretariat"));
        groupId = system(() -> modules.studyGroups()
                        .create(new StudyGroupForm(
                                "Study Group on Report Workflows " + n,
                                "To test reports.",
                                StudyGroupStatus.ACTIVE,
                                20,
                                List.of(coChair.person().id().value()),
                                List.of(rapporteur.person().id().value()),
                                List.of(),
                                null)))
                .id()
                .value();
    }

    static String unique() {
        return " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    PersonView person(String name, Nationality nationality, String affiliation) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.org";
        return system(() -> modules.people()
                .create(new PersonForm(name, nationality, affiliation, null, Pronoun.SHE, email, null)));
    }

    /**
     * A meeting of the group under the rule, at which the speaker presented and argued and the participant took part:
     * one session, two interventions by the speaker, and a next task.
     */
    long meeting(AttributionRule rule) {
        int ordinal = ordinals.incrementAndGet();
        return system(() -> {
            long meeting = modules.meetings()
                    .create(new MeetingForm(
                            groupId,
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
                            null))
                    .id()
                    .value();
            modules.participants()
                    .create(
                            new MeetingId(meeting),
                            new ParticipantForm(speaker.person().id().value(), Capacity.PRESENTER, null));
            modules.participants()
                    .create(
                            new MeetingId(meeting),
                            new ParticipantForm(participant.person().id().value(), Capacity.PARTICIPANT, null));
            long session = modules.sessions()
                    .create(
                            new MeetingId(meeting),
                            new SessionForm(
                                    1,
                                    "Assessing the Six Party Talks",
                                    List.of("reviewed the Six Party Talks"),
                                    null,
                                    null))
                    .id();
            modules.interventions()
                    .create(
                            new MeetingId(meeting),
                            new InterventionForm(
                                    session,
                                    null,
                                    speaker.person().id().value(),
                                    InterventionKind.ASSESSMENT,
                                    "assessed the Six Party Talks as a useful forum for dialogue.",
                                    null,
                                    Stance.POSITIVE,
                                    Subjects.none(),
                                    List.of(),
                                    null,
                                    null));
            modules.interventions()
                    .create(
                            new MeetingId(meeting),
                            new InterventionForm(
                                    session,
                                    null,
                                    participant.person().id().value(),
                                    InterventionKind.CONCERN,
                                    "was concerned that the talks had been suspended for too long.",
                                    null,
                                    null,
                                    Subjects.none(),
                                    List.of(),
                                    null,
                                    null));
            modules.nextTasks()
                    .create(
                            new MeetingId(meeting),
                            new NextTaskForm(
                                    "The Co-Chairs will draft the memorandum.",
                                    "the Co-Chairs",
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    null));
            return meeting;
        });
    }

    /** Adds the person to the meeting's participants. */
    void joins(long meeting, PersonView person) {
        system(() -> modules.participants()
                .create(new MeetingId(meeting), new ParticipantForm(person.id().value(), Capacity.PARTICIPANT, null)));
    }

    static <T> T system(Supplier<T> work) {
        return CurrentAccount.asSystem(work);
    }
}
