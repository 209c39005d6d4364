package plenary.studygroups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.OrganisationView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;
import plenary.studygroups.ConsensusRule;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupStatus;

/** The rules of a study group's record, against a directory of two committees and four people. */
class StudyGroupRulesTests {

    static final long KOREA = 1, CANADA = 2, STEERING = 3;
    static final long SEOL = 11, QUILLFEATHER = 12, MARSH = 13, RYU = 14, NOBODY = 99;

    final Directory directory = new FixedDirectory(
            List.of(
                    committee(KOREA, "CSCAP-Korea", CommitteeKind.MEMBER_COMMITTEE),
                    committee(CANADA, "CSCAP-Canada", CommitteeKind.MEMBER_COMMITTEE),
                    committee(STEERING, "CSCAP Steering Committee", CommitteeKind.STEERING_COMMITTEE)),
            List.of(
                    person(SEOL, "Ha-eun Seol", KOREA), person(QUILLFEATHER, "Martin Quillfeather", CANADA),
                    person(MARSH, "Elin Marsh-Tanaka", null), person(RYU, "Jae-won Ryu", KOREA)));

    @Test
    void theDemoGroupBreaksNoRule() {
        assertThat(violations(valid())).isEmpty();
    }

    @Test
    void aGroupNeedsATitleAndAStatus() {
        assertThat(violations(new StudyGroupForm("  ", null, null, null, null, null, null, null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("title", "required"), tuple("status", "required"));
    }

    @Test
    void aQuorumSaysHowManyOfTheParticipatingCommitteesMustEndorse() {
        assertThat(violations(ruled(ConsensusRule.QUORUM, null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("quorum", "required"));
        assertThat(violations(ruled(ConsensusRule.QUORUM, 3)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("quorum", "range"));
        assertThat(violations(ruled(ConsensusRule.QUORUM, 2))).isEmpty();
        assertThat(violations(ruled(ConsensusRule.CONSENSUS_WITH_RESERVATIONS, 99)))
                .isEmpty();
        assertThat(StudyGroupRules.tidy(ruled(ConsensusRule.FULL_CONSENSUS, 2)).quorum())
                .as("a quorum kept under another rule")
                .isNull();
    }

    static StudyGroupForm ruled(ConsensusRule rule, Integer quorum) {
        StudyGroupForm f = valid();
        return new StudyGroupForm(
                f.title(),
                f.mandate(),
                f.status(),
                f.plannedMeetings(),
                f.coChairIds(),
                f.rapporteurIds(),
                f.committeeIds(),
                null,
                rule,
                quorum,
                null);
    }

    @Test
    void titleAndMandateHaveTheirLimits() {
        assertThat(violations(with(valid(), "x".repeat(300), "m".repeat(4000)))).isEmpty();
        assertThat(violations(with(valid(), "x".repeat(301), "m".repeat(4001))))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("title", "max-length"), tuple("mandate", "max-length"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 21})
    void plannedMeetingsOutsideOneToTwentyAreRefused(int planned) {
        assertThat(violations(planned(planned)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("plannedMeetings", "range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 20})
    void plannedMeetingsFromOneToTwentyAreAccepted(int planned) {
        assertThat(violations(planned(planned))).isEmpty();
    }

    @Test
    void plannedMeetingsMayBeLeftOpen() {
        StudyGroupForm f = valid();
        assertThat(violations(new StudyGroupForm(
                        f.title(),
                        f.mandate(),
                        f.status(),
                        null,
                        f.coChairIds(),
                        f.rapporteurIds(),
                        f.committeeIds(),
                        null)))
                .isEmpty();
    }

    @Test
    void peopleMustBeInTheDirectory() {
        assertThat(violations(people(List.of(SEOL, NOBODY), List.of(NOBODY + 1))))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("coChairIds", "exists"), tuple("rapporteurIds", "exists"));
    }

    @Test
    void aPersonIsNamedOnceInEachList() {
        List<Violation> broken = violations(people(List.of(SEOL, QUILLFEATHER, SEOL), List.of(MARSH, MARSH)));
        assertThat(broken)
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("coChairIds", "distinct"), tuple("rapporteurIds", "distinct"));
        assertThat(broken.get(0).message()).contains("Ha-eun Seol");
    }

    @Test
    void nobodyIsBothCoChairAndRapporteur() {
        List<Violation> broken = violations(people(List.of(SEOL, QUILLFEATHER), List.of(MARSH, QUILLFEATHER)));
        assertThat(broken)
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("rapporteurIds", "distinct"));
        assertThat(broken.get(0).message()).contains("Martin Quillfeather").contains("co-chair");
    }

    @Test
    void anEmptyEntryInAListIsRefused() {
        assertThat(violations(people(Arrays.asList(SEOL, null), Arrays.asList((Long) null))))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("coChairIds", "required"), tuple("rapporteurIds", "required"));
    }

    @Test
    void committeesMustExistBeMemberCommitteesAndBeNamedOnce() {
        assertThat(violations(committees(List.of(KOREA, NOBODY))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("committeeIds", "exists"));
        assertThat(violations(committees(List.of(KOREA, STEERING))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("committeeIds", "member-committee"));
        assertThat(violations(committees(List.of(KOREA, CANADA, KOREA))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("committeeIds", "distinct"));
    }

    @ParameterizedTest
    @EnumSource(
            value = StudyGroupStatus.class,
            names = {"ACTIVE", "CONCLUDING", "CONCLUDED"})
    void aGroupUnderWayNeedsACoChair(StudyGroupStatus status) {
        assertThat(violations(status(status, List.of())))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("coChairIds", "required"));
        assertThat(violations(status(status, List.of(QUILLFEATHER)))).isEmpty();
    }

    @Test
    void aProposedGroupMayWaitForItsCoChairs() {
        assertThat(violations(status(StudyGroupStatus.PROPOSED, List.of()))).isEmpty();
    }

    @Test
    void tidyStripsTextAndTurnsAbsentListsEmpty() {
        StudyGroupForm tidy = StudyGroupRules.tidy(
                new StudyGroupForm("  A title ", "   ", StudyGroupStatus.PROPOSED, null, null, null, null, null));
        assertThat(tidy.title()).isEqualTo("A title");
        assertThat(tidy.mandate()).isNull();
        assertThat(tidy.coChairIds()).isEmpty();
        assertThat(tidy.rapporteurIds()).isEmpty();
        assertThat(tidy.committeeIds()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        StudyGroupForm form = new StudyGroupForm(
                null, null, StudyGroupStatus.ACTIVE, 0, List.of(), List.of(NOBODY), List.of(STEERING), null);
        assertThat(violations(form))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("title", "plannedMeetings", "rapporteurIds", "committeeIds", "coChairIds");
    }

    private List<Violation> violations(StudyGroupForm form) {
        try {
            StudyGroupRules.check(StudyGroupRules.tidy(form), directory).enforce();
            return List.of();
        } catch (InvalidRecord e) {
            return e.violations();
        }
    }

    static StudyGroupForm valid() {
        return new StudyGroupForm(
                "CSCAP Study Group on Multilateral Security Governance in Northeast Asia",
                "To examine the multilateral institutions of the region.",
                StudyGroupStatus.CONCLUDING,
                3,
                List.of(SEOL, QUILLFEATHER),
                List.of(MARSH),
                List.of(KOREA, CANADA),
                null);
    }

    static StudyGroupForm with(StudyGroupForm f, String title, String mandate) {
        return new StudyGroupForm(
                title,
                mandate,
                f.status(),
                f.plannedMeetings(),
                f.coChairIds(),
                f.rapporteurIds(),
                f.committeeIds(),
                f.version());
    }

    static StudyGroupForm planned(int planned) {
        StudyGroupForm f = valid();
        return new StudyGroupForm(
                f.title(),
                f.mandate(),
                f.status(),
                planned,
                f.coChairIds(),
                f.rapporteurIds(),
                f.committeeIds(),
                f.version());
    }

    static StudyGroupForm people(List<Long> coChairs, List<Long> rapporteurs) {
        StudyGroupForm f = valid();
        return new StudyGroupForm(
                f.title(),
                f.mandate(),
                f.status(),
                f.plannedMeetings(),
                coChairs,
                rapporteurs,
                f.committeeIds(),
                f.version());
    }

    static StudyGroupForm committees(List<Long> committees) {
        StudyGroupForm f = valid();
        return new StudyGroupForm(
                f.title(),
                f.mandate(),
                f.status(),
                f.plannedMeetings(),
                f.coChairIds(),
                f.rapporteurIds(),
                committees,
                f.version());
    }

    static StudyGroupForm status(StudyGroupStatus status, List<Long> coChairs) {
        StudyGroupForm f = valid();
        return new StudyGroupForm(
                f.title(),
                f.mandate(),
                status,
                f.plannedMeetings(),
                coChairs,
                List.of(RYU),
                f.committeeIds(),
                f.version());
    }

    static CommitteeView committee(long id, String name, CommitteeKind kind) {
        return new CommitteeView(new CommitteeId(id), name, name, kind, null, 0);
    }

    static PersonView person(long id, String name, Long committeeId) {
        return new PersonView(
                new PersonId(id),
                name,
                Nationality.KR,
                "Institute",
                committeeId == null ? null : new CommitteeId(committeeId),
                Pronoun.THEY,
                null,
                0);
    }

    /** A directory that holds what it is given. */
    record FixedDirectory(List<CommitteeView> committeeList, List<PersonView> peopleList) implements Directory {

        @Override
        public List<PersonView> representatives(CommitteeId committee) {
            return List.of();
        }

        @Override
        public Optional<OrganisationView> organisation() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CommitteeView> committees() {
            return committeeList;
        }

        @Override
        public Optional<CommitteeView> committee(CommitteeId id) {
            return committeeList.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public List<PersonView> people() {
            return peopleList;
        }

        @Override
        public Optional<PersonView> person(PersonId id) {
            return peopleList.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public Map<PersonId, PersonView> people(Collection<PersonId> ids) {
            return peopleList.stream()
                    .filter(p -> ids.contains(p.id()))
                    .collect(Collectors.toMap(PersonView::id, Function.identity()));
        }
    }
}
