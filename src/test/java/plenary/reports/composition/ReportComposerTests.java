package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.meetings.InterventionKind.ARGUMENT;
import static plenary.meetings.InterventionKind.ASSESSMENT;
import static plenary.meetings.InterventionKind.CONCERN;
import static plenary.meetings.InterventionKind.PROPOSAL;

import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.documents.Document;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.Stance;

class ReportComposerTests {

    private final RecordFixture record = new RecordFixture();
    private final long ivanova = record.person(
            "Olga Ivanova",
            Nationality.RU,
            Pronoun.SHE,
            RecordFixture.RUSSIA.id().value(),
            Capacity.PARTICIPANT);
    private final long smith = record.person("John Smith", Nationality.US, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long kim = record.person("Kim Min-jun", Nationality.KR, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long petrov = record.person(
            "Pavel Petrov",
            Nationality.RU,
            Pronoun.HE,
            RecordFixture.RUSSIA.id().value(),
            Capacity.PARTICIPANT);

    @Test
    void withoutAttributionSpeakersAreIntroducedOnceAndFollowedByTheirPronoun() {
        record.session("Maritime security", "reviewed maritime security cooperation");
        record.say(ivanova, ARGUMENT, "argued that coast guards should meet yearly.", null);
        record.say(ivanova, PROPOSAL, "proposed a joint exercise.", null);
        record.say(smith, ARGUMENT, "argued that navies matter more.", null);
        record.say(kim, ARGUMENT, "argued for a hotline.", null);
        record.say(ivanova, ARGUMENT, "argued that the hotline exists.", null);

        String text = text(AttributionRule.NONE);

        assertThat(text)
                .contains("One participant argued that coast guards should meet yearly. She proposed a joint exercise.")
                .contains("Another participant argued that navies matter more.")
                .contains("Another participant argued for a hotline.")
                .contains("The first participant argued that the hotline exists.");
        assertThat(text.split("One participant", -1)).hasSize(2);
        assertThat(text).doesNotContain("Ivanova", "Smith", "Kim", "Institute", "example.org");
    }

    @Test
    void byNationalityNamesTheNationalityAndTellsTwoCompatriotsApart() {
        record.session("Energy", "dealt with energy");
        record.say(ivanova, InterventionKind.BRIEFING, "gave a briefing on the pipeline.", null);
        record.say(petrov, ARGUMENT, "argued that the pipeline builds confidence.", null);
        record.say(smith, ARGUMENT, "argued against it.", null);

        String text = text(AttributionRule.BY_NATIONALITY);

        assertThat(text)
                .contains("A Russian participant gave a briefing on the pipeline.")
                .contains("Another Russian participant argued that the pipeline builds confidence.")
                .contains("An American participant argued against it.")
                .doesNotContain("Petrov", "Ivanova");
    }

    @Test
    void byCommitteeNamesTheCommitteeOrAnotherRegion() {
        record.session("Energy", "dealt with energy");
        record.say(ivanova, ARGUMENT, "argued for gas.", null);
        record.say(smith, ARGUMENT, "argued for coal.", null);

        assertThat(text(AttributionRule.BY_COMMITTEE))
                .contains("A participant from CSCAP-Russia argued for gas.")
                .contains("A participant from another region argued for coal.");
    }

    @Test
    void namedRecordsGiveNameAndAffiliationOnceThenTheName() {
        record.session("Energy", "dealt with energy");
        record.say(ivanova, ARGUMENT, "argued for gas.", null);
        record.say(smith, ARGUMENT, "argued for coal.", null);
        record.say(ivanova, ARGUMENT, "argued for wind.", null);

        assertThat(text(AttributionRule.NAMED))
                .contains("Olga Ivanova (Institute of Ivanova Studies) argued for gas.")
                .contains("Olga Ivanova argued for wind.");
    }

    @Test
    void competingAssessmentsReadOnTheOneHandAndOnTheOther() {
        record.session("The talks", "assessed the talks");
        long positive = record.say(ivanova, ASSESSMENT, "highly evaluated the talks.", Stance.POSITIVE);
        record.say(
                smith, ASSESSMENT, "questioned the talks.", Stance.NEGATIVE, link(LinkKind.DISAGREES_WITH, positive));
        record.say(smith, PROPOSAL, "proposed to widen their agenda.", null);

        assertThat(text(AttributionRule.NONE))
                .contains("There were competing assessments. On the one hand, one participant "
                        + "highly evaluated the talks. On the other hand, another participant questioned the talks. Instead, he "
                        + "proposed to widen their agenda.");
    }

    @Test
    void unattributedContributionsStandAsTheirOwnSentences() {
        record.session("Fees", "dealt with fees");
        long briefing = record.say(petrov, InterventionKind.BRIEFING, "gave a briefing.", null);
        record.say(
                null,
                CONCERN,
                "Some concerns were expressed that fees might be diverted.",
                Stance.NEGATIVE,
                link(LinkKind.RESPONDS_TO, briefing));
        record.say(kim, ARGUMENT, "argued that the project should go on.", null, link(LinkKind.RESPONDS_TO, briefing));

        assertThat(text(AttributionRule.NONE))
                .contains(
                        "One participant gave a briefing. Some concerns were expressed that "
                                + "fees might be diverted. In this regard, another participant argued that the project should go on.");
    }

    @Test
    void manyObjectivesAreNumberedAndFewAreSentences() {
        record.session("One", "reviewed a", "evaluated b", "identified c");
        record.session("Two", "dealt with d", "touched upon e");
        record.session("Three");

        String text = text(AttributionRule.NONE);

        assertThat(text)
                .contains("The first session (1) reviewed a; (2) evaluated b; and (3) identified c.")
                .contains("The second session dealt with d. The session touched upon e.")
                .contains("The third session dealt with three.");
    }

    @Test
    void theSummarySaysWhichMeetingWhenWhereAndWhoCame() {
        record.session("One", "reviewed a");
        Document report = ReportComposer.compose(record.context(AttributionRule.NONE), "Draft");

        assertThat(report.title()).isEqualTo("Report of the Meeting of the Study Group on Maritime Cooperation");
        assertThat(report.subtitle()).isEqualTo("5 March 2012, Singapore, Singapore");
        assertThat(report.contents().get(0).paragraphs().get(0).text())
                .isEqualTo("The second meeting of the Study Group "
                        + "on Maritime Cooperation was held in Singapore, Singapore, on 5 March 2012. About 12 experts from 5 member "
                        + "committees participated in the meeting.");
    }

    @Test
    void coChairsWhoSpeakAreOneOfTheCoChairsAndTheOther() {
        long first = record.person("Ha Seol", Nationality.KR, Pronoun.SHE, null, Capacity.CO_CHAIR);
        long second = record.person("Martin Quill", Nationality.CA, Pronoun.HE, null, Capacity.CO_CHAIR);
        record.coChairs(first, second).session("Opening", "opened the meeting");
        record.say(first, ARGUMENT, "welcomed the participants.", null);
        record.say(second, ARGUMENT, "recalled the mandate.", null);

        assertThat(text(AttributionRule.NONE))
                .contains("One of the Co-Chairs welcomed the participants.\n"
                        + "The other Co-Chair recalled the mandate.");
    }

    @Test
    void aSpeakerTheRecordDescribesByNationalityIsSoDescribedUnderANonAttributionRule() {
        record.session("Energy", "dealt with energy");
        record.say(smith, ARGUMENT, "argued for coal.", null);
        record.sayDescribed(
                petrov,
                AttributionRule.BY_NATIONALITY,
                InterventionKind.BRIEFING,
                "gave a detailed briefing on the Russian proposal.",
                null);
        record.say(petrov, ARGUMENT, "argued that it builds confidence.", null);

        assertThat(text(AttributionRule.NONE))
                .contains("One participant argued for coal.")
                .contains("A Russian participant gave a detailed briefing on the Russian proposal. He argued that it "
                        + "builds confidence.")
                .doesNotContain("Petrov");
    }

    private static LinkView link(LinkKind kind, long target) {
        return new LinkView(kind, target, 1, 2, 1, InterventionKind.ARGUMENT);
    }

    private String text(AttributionRule rule) {
        Document report = ReportComposer.compose(record.context(rule), "Draft");
        StringBuilder text = new StringBuilder();
        report.contents().forEach(section -> append(section, text));
        return text.toString();
    }

    private static void append(Document.Section section, StringBuilder text) {
        section.paragraphs().forEach(p -> text.append(p.text()).append('\n'));
        section.subsections().forEach(s -> append(s, text));
    }
}
