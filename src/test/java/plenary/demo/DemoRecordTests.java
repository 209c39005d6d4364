package plenary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeId;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumSummary;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionDocument;
import plenary.drafting.VersionSummary;
import plenary.institutions.Institutions;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.meetings.PositionStance;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/** The demo record holds the seed's meeting in full. */
@PlenaryIntegrationTest
class DemoRecordTests {

    @Autowired
    StudyGroups studyGroups;

    @Autowired
    Meetings meetings;

    @Autowired
    Directory directory;

    @Autowired
    Institutions institutions;

    @Autowired
    Memoranda memoranda;

    @Test
    void theStudyGroupHasTwoCoChairsFromDifferentCommitteesAndThreeMeetings() {
        StudyGroupView group = group();
        assertThat(group.coChairIds()).hasSize(2);
        List<CommitteeId> committees = group.coChairIds().stream()
                .map(id -> directory.person(id).orElseThrow().committeeId())
                .toList();
        assertThat(committees.get(0)).isNotEqualTo(committees.get(1));
        assertThat(meetings.ofStudyGroup(group.id()))
                .extracting(MeetingSummary::ordinal)
                .containsExactly(1, 2, 3);
    }

    @Test
    void theStudyGroupHasItsMemorandumInThreeVersionsEachWithANote() {
        CurrentAccount.asSystem(() -> {
            MemorandumSummary first = memoranda.ofStudyGroup(group().id()).get(0);
            MemorandumView memorandum = memoranda.find(first.id().value());
            assertThat(memorandum.versions())
                    .extracting(VersionSummary::note)
                    .containsExactly(
                            "The Co-Chairs' first draft, written from the record of the three meetings.",
                            "Recommendations on nuclear safety, energy, trade and the East Asia Summit added from the "
                                    + "Vladivostok meeting.",
                            "A tentative, jointly crafted document, for circulation to the member committees and "
                                    + "the other institutions involved in the Study Group.");
            Map<String, String> drafted = numbered(memoranda.version(first.id().value(), 1));
            assertThat(drafted).hasSize(1);
            assertThat(drafted.get("3.1")).contains("modify the modality of the Six Party Talks");
            Map<String, String> circulated =
                    numbered(memoranda.version(first.id().value(), 3));
            assertThat(circulated.keySet()).containsExactly("3.1", "3.2", "5.1", "5.2", "5.3");
            assertThat(circulated.get("3.1")).contains("“umbrella” forum");
            assertThat(circulated.get("3.2")).startsWith("The Study Group recommends that the parties to the Six");
            assertThat(circulated.get("5.1")).contains("nuclear safety");
            return null;
        });
    }

    /** A version's numbered paragraphs by number, in reading order. */
    private static Map<String, String> numbered(VersionDocument version) {
        Map<String, String> paragraphs = new LinkedHashMap<>();
        version.document()
                .contents()
                .forEach(s -> s.paragraphs().stream()
                        .filter(p -> p.number() != null)
                        .forEach(p -> paragraphs.put(p.number(), p.text())));
        return paragraphs;
    }

    @Test
    void theVladivostokMeetingIsAsTheSeedReportsIt() {
        MeetingRecord vladivostok = vladivostok();
        assertThat(vladivostok.city()).isEqualTo("Vladivostok");
        assertThat(vladivostok.startsOn()).hasToString("2011-11-14");
        assertThat(vladivostok.hostCommittee()).isEqualTo("CSCAP-Russia");
        assertThat(vladivostok.attendanceWords())
                .isEqualTo("More than 20 experts from 9 member committees and other regions");
        assertThat(vladivostok.ordinalWords()).isEqualTo("the third and final meeting");
        assertThat(vladivostok.attributionRule()).isEqualTo(AttributionRule.NONE);
        assertThat(vladivostok.participants()).hasSizeGreaterThan(20);
        assertThat(vladivostok.sessions())
                .extracting(s -> s.objectives().size())
                .containsExactly(4, 2, 1);
        assertThat(interventions(vladivostok)).hasSizeGreaterThanOrEqualTo(17);
        assertThat(vladivostok.proposals()).hasSize(7);
        assertThat(vladivostok.nextTasks())
                .singleElement()
                .satisfies(t -> assertThat(t.description()).contains("CSCAP Memorandum"));
    }

    @Test
    void theEnergyPaperElaboratesThePaperOfTheSecondMeetingInMay() {
        InterventionView paper = interventions(vladivostok()).stream()
                .filter(i ->
                        i.kind() == InterventionKind.PRESENTATION && i.summary().contains("energy"))
                .findFirst()
                .orElseThrow();
        assertThat(paper.links()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.ELABORATES);
            assertThat(link.targetMeetingOrdinal()).isEqualTo(2);
        });
        MeetingSummary second = meetings.ofStudyGroup(group().id()).get(1);
        assertThat(second.startsOn().getMonthValue()).isEqualTo(5);
        PersonView presenter = directory.person(paper.speakerPersonId()).orElseThrow();
        assertThat(presenter.pronoun()).isEqualTo(Pronoun.SHE);
    }

    @Test
    void theRussianBriefingIsGivenByARussianAndThePipelineProposalIsOpposed() {
        MeetingRecord vladivostok = vladivostok();
        InterventionView briefing = interventions(vladivostok).stream()
                .filter(i ->
                        i.kind() == InterventionKind.BRIEFING && i.summary().contains("pipeline"))
                .findFirst()
                .orElseThrow();
        PersonView briefer = directory.person(briefing.speakerPersonId()).orElseThrow();
        assertThat(briefer.nationality()).isEqualTo(Nationality.RU);
        assertThat(briefer.pronoun()).isEqualTo(Pronoun.HE);
        assertThat(vladivostok.proposals())
                .filteredOn(p -> p.text().startsWith("link the pipeline"))
                .singleElement()
                .satisfies(p -> assertThat(p.positions())
                        .extracting(pos -> pos.stance())
                        .containsExactly(PositionStance.OPPOSES));
    }

    @Test
    void everyInstitutionTheSeedNamesIsThere() {
        for (String name : List.of(
                "Six Party Talks",
                "Four Party Talks",
                "KEDO",
                "Trilateral Summit",
                "Trilateral Cooperation Secretariat",
                "East Asia Summit",
                "TPP",
                "Northeast Asia FTA",
                "multilateral energy regime",
                "gas pipeline through the Korean Peninsula",
                "regional cooperation mechanism on nuclear safety")) {
            assertThat(institutions.named(name)).as(name).isPresent();
        }
    }

    private StudyGroupView group() {
        return studyGroups.all().stream()
                .filter(g -> g.title().equals(DemoRecord.TITLE))
                .findFirst()
                .orElseThrow();
    }

    private MeetingRecord vladivostok() {
        long id = meetings.ofStudyGroup(group().id()).get(2).id().value();
        return meetings.record(new MeetingId(id)).orElseThrow();
    }

    private static List<InterventionView> interventions(MeetingRecord meeting) {
        return meeting.sessions().stream()
                .flatMap(s -> s.interventions().stream())
                .toList();
    }
}
