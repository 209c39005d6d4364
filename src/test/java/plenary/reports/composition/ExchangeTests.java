package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.meetings.InterventionKind.ARGUMENT;
import static plenary.meetings.InterventionKind.ASSESSMENT;
import static plenary.meetings.InterventionKind.PROPOSAL;
import static plenary.meetings.InterventionKind.RESPONSE;
import static plenary.reports.composition.RecordFixture.position;

import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.PositionStance;
import plenary.meetings.Stance;

/**
 * A report's paragraphs follow the exchanges of the discussion, joined by the connectives their relations call for,
 * with the positions taken on proposals. Expected texts written by hand, as a rapporteur would.
 */
class ExchangeTests {

    private final RecordFixture record = new RecordFixture();
    private final long ivanova = record.person("Olga Ivanova", Nationality.RU, Pronoun.SHE, null, Capacity.PARTICIPANT);
    private final long smith = record.person("John Smith", Nationality.US, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long kim = record.person("Kim Min-jun", Nationality.KR, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long petrov = record.person("Pavel Petrov", Nationality.RU, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long mori = record.person("Yuki Mori", Nationality.JP, Pronoun.SHE, null, Capacity.PARTICIPANT);

    @Test
    void aProposalAndThePositionsTakenOnItAreOneParagraphAndBroadSupportIsSaid() {
        record.session("Coast guards", "discussed coast guards");
        long proposal = record.say(kim, PROPOSAL, "proposed a joint coast guard exercise.", null);
        long trust = record.say(smith, ARGUMENT, "argued that the exercise would build trust.", null);
        long navies = record.say(ivanova, ARGUMENT, "argued that navies should join it.", null);
        record.proposal(
                "a joint coast guard exercise",
                proposal,
                position(PositionStance.SUPPORTS, smith, trust, null),
                position(PositionStance.SUPPORTS, ivanova, navies, null),
                position(PositionStance.SUPPORTS, petrov, null, null));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant proposed a joint coast guard exercise. There was broad support for this "
                        + "proposal. Another participant argued that the exercise would build trust. Another participant "
                        + "argued that navies should join it.\n");
    }

    @Test
    void aResponseReadsInResponse() {
        record.session("Ports", "discussed ports");
        long fees = record.say(smith, ARGUMENT, "argued that port fees were too high.", null);
        record.say(kim, RESPONSE, "argued that the fees paid for the port.", null, link(LinkKind.RESPONDS_TO, fees));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant argued that port fees were too high. In response, another participant "
                        + "argued that the fees paid for the port.\n");
    }

    @Test
    void anAnswerToAQuestionReadsInResponse() {
        record.session("Ports", "discussed ports");
        long question = record.say(smith, InterventionKind.QUESTION, "asked whether the port was open.", null);
        record.say(
                kim,
                ARGUMENT,
                "replied that it would open in May.",
                null,
                new LinkView(LinkKind.RESPONDS_TO, question, 1, 2, 1, InterventionKind.QUESTION));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant asked whether the port was open. In response, another participant "
                        + "replied that it would open in May.\n");
    }

    @Test
    void aQualifiedSupportKeepsItsAlthough() {
        record.session("Nuclear safety", "explored nuclear safety");
        long network = record.say(kim, PROPOSAL, "proposed a regional network of nuclear regulators.", null);
        long reactors = record.say(
                mori,
                RESPONSE,
                "insisted that the network cover research reactors.",
                null,
                link(LinkKind.RESPONDS_TO, network));
        record.proposal(
                "a regional network of nuclear regulators",
                network,
                position(PositionStance.QUALIFIES, mori, reactors, "only if it covers research reactors"));

        assertThat(record.text(AttributionRule.BY_NATIONALITY))
                .contains(
                        "\nA South Korean participant proposed a regional network of nuclear regulators. A Japanese "
                                + "participant supported it, although she insisted that the network cover research reactors.\n");
    }

    @Test
    void aProposalOnlyOpposedIsReportedWithEveryOpposition() {
        record.session("Maritime picture", "discussed a maritime picture");
        long picture = record.say(kim, PROPOSAL, "proposed a shared maritime picture.", null);
        long data = record.say(
                smith,
                RESPONSE,
                "argued that no government would share its data.",
                null,
                link(LinkKind.DISAGREES_WITH, picture));
        record.proposal(
                "a shared maritime picture",
                picture,
                position(PositionStance.OPPOSES, smith, data, null),
                position(PositionStance.OPPOSES, ivanova, null, "on grounds of sovereignty"));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant proposed a shared maritime picture. The proposal met only opposition. On "
                        + "the other hand, another participant argued that no government would share its data. Another "
                        + "participant opposed it on grounds of sovereignty.\n");
    }

    @Test
    void assessmentsOfTwoDifferentInstitutionsDoNotCompete() {
        long forum = record.institution("ASEAN Regional Forum");
        long summit = record.institution("East Asia Summit");
        record.session("Institutions", "assessed institutions");
        record.sayAbout(ivanova, ASSESSMENT, "highly evaluated the Forum.", Stance.POSITIVE, forum);
        record.sayAbout(smith, ASSESSMENT, "questioned the Summit.", Stance.NEGATIVE, summit);

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant highly evaluated the Forum.\nAnother participant questioned the Summit.\n")
                .doesNotContain("competing", "On the one hand");
    }

    @Test
    void competingAssessmentsAreFramedOnceASessionAndAnotherPairInOtherWords() {
        long forum = record.institution("ASEAN Regional Forum");
        long summit = record.institution("East Asia Summit");
        record.session("Institutions", "assessed institutions");
        long good = record.sayAbout(ivanova, ASSESSMENT, "highly evaluated the Forum.", Stance.POSITIVE, forum);
        record.sayAbout(
                smith,
                ASSESSMENT,
                "questioned the Forum.",
                Stance.NEGATIVE,
                forum,
                link(LinkKind.DISAGREES_WITH, good));
        long better = record.sayAbout(kim, ASSESSMENT, "highly evaluated the Summit.", Stance.POSITIVE, summit);
        record.sayAbout(
                petrov,
                ASSESSMENT,
                "questioned the Summit.",
                Stance.NEGATIVE,
                summit,
                link(LinkKind.DISAGREES_WITH, better));

        String text = record.text(AttributionRule.NONE);

        assertThat(text)
                .contains("\nAs for the ASEAN Regional Forum, there were competing assessments. On the one hand, one "
                        + "participant highly evaluated the Forum. On the other hand, another participant questioned the "
                        + "Forum.\n")
                .contains("\nThe East Asia Summit, too, drew competing assessments. On the one hand, another "
                        + "participant highly evaluated the Summit. On the other hand, another participant questioned "
                        + "the Summit.\n");
        assertThat(text.split("there were competing assessments", -1)).hasSize(2);
    }

    private static LinkView link(LinkKind kind, long target) {
        return new LinkView(kind, target, 1, 2, 1, InterventionKind.ARGUMENT);
    }
}
