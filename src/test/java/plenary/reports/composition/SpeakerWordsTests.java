package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.meetings.InterventionKind.ARGUMENT;
import static plenary.meetings.InterventionKind.PRESENTATION;
import static plenary.meetings.InterventionKind.RESPONSE;
import static plenary.reports.composition.RecordFixture.earlierLink;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;

/**
 * Who the report says spoke: references that tell people of one description apart, earlier meetings' papers and
 * views credited and kept, and summaries that carry their own subject. Expected texts written by hand.
 */
class SpeakerWordsTests {

    private final RecordFixture record = new RecordFixture();
    private final long ivanova = record.person("Olga Ivanova", Nationality.RU, Pronoun.SHE, null, Capacity.PARTICIPANT);
    private final long smith = record.person("John Smith", Nationality.US, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long mori = record.person("Yuki Mori", Nationality.JP, Pronoun.SHE, null, Capacity.PARTICIPANT);
    private final long otsuka = record.person("Hiroshi Otsuka", Nationality.JP, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long reyes = record.person("Maria Reyes", Nationality.PH, Pronoun.SHE, null, Capacity.PARTICIPANT);
    private final long zhang = record.person("Zhang Wei", Nationality.CN, Pronoun.HE, null, Capacity.PARTICIPANT);

    @Test
    void aSpeakerComingBackAfterAnotherOfTheSameDescriptionIsCountedNotTheSame() {
        record.session("Energy", "dealt with energy");
        record.say(mori, ARGUMENT, "argued that restarts would be slow.", null);
        record.say(otsuka, ARGUMENT, "argued that gas imports would fall.", null);
        record.say(mori, ARGUMENT, "argued that local consent mattered more.", null);

        assertThat(record.text(AttributionRule.BY_NATIONALITY))
                .contains("\nA Japanese participant argued that restarts would be slow.\n"
                        + "Another Japanese participant argued that gas imports would fall.\n"
                        + "The first Japanese participant argued that local consent mattered more.\n")
                .doesNotContain("same");
    }

    @Test
    void theSameParticipantIsTheLastOneOfThatDescription() {
        record.session("Energy", "dealt with energy");
        record.say(mori, ARGUMENT, "argued that restarts would be slow.", null);
        record.say(smith, ARGUMENT, "argued that gas imports would fall.", null);
        record.say(mori, ARGUMENT, "argued that local consent mattered more.", null);

        assertThat(record.text(AttributionRule.BY_NATIONALITY))
                .contains("\nThe same Japanese participant argued that local consent mattered more.\n");
    }

    @Test
    void anElaborationOfAnEarlierMeetingsPaperIsCreditedToItsAuthor() {
        record.earlier(2, LocalDate.of(2011, 5, 23), 900, smith).session("Energy", "dealt with energy");
        record.say(
                ivanova, PRESENTATION, "presented a paper on energy.", null, earlierLink(LinkKind.ELABORATES, 900, 2));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant presented a paper on energy. She elaborated further the arguments that "
                        + "another participant had presented at the second meeting of the Study Group in May 2011.\n");
    }

    @Test
    void anElaborationOfTheSpeakersOwnEarlierPaperIsHers() {
        record.earlier(2, LocalDate.of(2012, 1, 23), 900, ivanova).session("Energy", "dealt with energy");
        record.say(
                ivanova, PRESENTATION, "presented a paper on energy.", null, earlierLink(LinkKind.ELABORATES, 900, 2));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant presented a paper on energy. She elaborated further her arguments that "
                        + "were presented at the second meeting of the Study Group in January.\n");
    }

    @Test
    void aDisagreementWithAnEarlierMeetingIsKept() {
        record.earlier(1, LocalDate.of(2011, 10, 2), 901, null).session("Treaty", "dealt with a treaty");
        record.say(
                smith,
                ARGUMENT,
                "argued that a binding treaty was within reach.",
                null,
                earlierLink(LinkKind.DISAGREES_WITH, 901, 1));

        assertThat(record.text(AttributionRule.NONE))
                .contains(
                        "\nDisagreeing with a view expressed at the first meeting of the Study Group in October 2011, "
                                + "one participant argued that a binding treaty was within reach.\n");
    }

    @Test
    void aSummaryThatCarriesItsOwnSubjectGetsTheSpeakersInstead() {
        record.session("Extremism", "examined extremism online");
        record.say(ivanova, PRESENTATION, "presented a paper on recruitment.", null);
        long moved = record.say(ivanova, ARGUMENT, "He argued that recruiters had moved to encrypted services.", null);
        long slower = record.say(
                reyes,
                RESPONSE,
                "she argued that the move had slowed recruitment.",
                null,
                link(LinkKind.RESPONDS_TO, moved));
        record.say(smith, RESPONSE, "Agreed.", null, link(LinkKind.SUPPORTS, slower));

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant presented a paper on recruitment. She argued that recruiters had moved to "
                        + "encrypted services. In response, another participant argued that the move had slowed "
                        + "recruitment. Another participant agreed.\n");
    }

    @Test
    void aSentenceInChineseKeepsItsOwnFullStop() {
        record.session("Extremism", "examined extremism online");
        record.say(zhang, ARGUMENT, "argued that prevention should begin in schools, quoting the saying 防患于未然。", null);

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne participant argued that prevention should begin in schools, quoting the saying "
                        + "防患于未然。\n");
    }

    private static LinkView link(LinkKind kind, long target) {
        return new LinkView(kind, target, 1, 2, 1, InterventionKind.ARGUMENT);
    }
}
