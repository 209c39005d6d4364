package plenary.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import plenary.directory.AccountRecords;
import plenary.directory.CommitteeRecords;
import plenary.directory.CurrentAccount;
import plenary.directory.OrganisationRecords;
import plenary.directory.PersonRecords;
import plenary.drafting.MemorandumRecords;
import plenary.instances.InstanceLocks;
import plenary.institutions.Institutions;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.Meetings;
import plenary.meetings.NextTaskRecords;
import plenary.meetings.ParticipantRecords;
import plenary.meetings.ProposalRecords;
import plenary.meetings.SessionRecords;
import plenary.studygroups.ConsensusRule;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroups;

/**
 * Loads the demo record into a database that has no study group yet, in one transaction, through the
 * modules' own APIs (so the demo obeys every rule a person would), after the first admin exists. Instances starting
 * together on an empty database take turns: the first loads it, the others find it loaded.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "plenary.demo.enabled", havingValue = "true")
class DemoRecord implements ApplicationRunner {

    static final String TITLE = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";
    private static final Logger log = LoggerFactory.getLogger(DemoRecord.class);

    private final DemoModules modules;
    private final DemoRoad.Modules road;
    private final DemoSignIn signIn;
    private final InstanceLocks locks;
    private final String password;

    DemoRecord(
            DemoModules modules,
            DemoRoad.Modules road,
            DemoSignIn signIn,
            InstanceLocks locks,
            @Value("${plenary.demo.password:plenary-demo-vladivostok}") String password) {
        this.modules = modules;
        this.road = road;
        this.signIn = signIn;
        this.locks = locks;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!modules.studyGroups().all().isEmpty()) {
            return;
        }
        @Nullable MeetingId loaded = CurrentAccount.asSystem(() -> locks.oneAtATime(
                "demo-record", () -> modules.studyGroups().all().isEmpty() ? load() : null));
        if (loaded == null) {
            return;
        }
        log.info(
                "Loaded the demo record: the {}, its meeting in Vladivostok, 14 November 2011, and its memorandum on"
                        + " the road to endorsement.",
                TITLE);
    }

    private MeetingId load() {
        DemoCast cast = DemoCast.create(
                modules.organisation(), modules.committees(), modules.people(), modules.accounts(), password);
        DemoInstitutions institutions = DemoInstitutions.create(modules.institutions());
        long group = modules.studyGroupRecords()
                .create(new StudyGroupForm(
                        TITLE,
                        "To review the multilateral institutions and processes of Northeast Asia, identify what promotes and "
                                + "what obstructs multilateral security cooperation in the region, and propose institutional "
                                + "arrangements for it, in a CSCAP Memorandum to the Steering Committee.",
                        StudyGroupStatus.CONCLUDING,
                        3,
                        List.of(cast.person("co-chair-kr"), cast.person("co-chair-ca")),
                        List.of(cast.person("rapporteur")),
                        cast.memberCommittees(),
                        false,
                        // As in CSCAP's practice: a member committee may endorse with a reservation, printed as a
                        // footnote.
                        ConsensusRule.CONSENSUS_WITH_RESERVATIONS,
                        null,
                        null))
                .id()
                .value();
        DemoMeetings meetings = new DemoMeetings(
                modules.meetings(), modules.sessions(), modules.participants(), modules.interventions(), cast);
        meetings.firstMeeting(group);
        long energyPaper = meetings.secondMeeting(group, institutions);
        MeetingId vladivostok = new VladivostokMeeting(
                        meetings.thirdMeeting(group),
                        meetings,
                        modules.sessions(),
                        modules.proposals(),
                        modules.nextTasks(),
                        cast,
                        institutions)
                .fill(energyPaper);
        long memorandum = signIn.as(
                "cochair",
                () -> DemoMemorandum.write(modules.memoranda(), modules.meetingRecords(), group, vladivostok));
        DemoRoad.walk(road, signIn, memorandum, cast.memberCommittees());
        return vladivostok;
    }

    /** The modules' APIs the demo is loaded through. */
    @Component
    record DemoModules(
            OrganisationRecords organisation,
            CommitteeRecords committees,
            PersonRecords people,
            AccountRecords accounts,
            Institutions institutions,
            StudyGroups studyGroups,
            StudyGroupRecords studyGroupRecords,
            MeetingRecords meetings,
            SessionRecords sessions,
            ParticipantRecords participants,
            InterventionRecords interventions,
            ProposalRecords proposals,
            NextTaskRecords nextTasks,
            Meetings meetingRecords,
            MemorandumRecords memoranda) {}
}
