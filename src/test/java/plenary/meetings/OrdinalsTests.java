package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import plenary.studygroups.StudyGroupId;

class OrdinalsTests {

    @Test
    void theLastPlannedMeetingIsTheFinalOne() {
        var summary = new MeetingSummary(
                new MeetingId(1),
                new StudyGroupId(1),
                3,
                true,
                null,
                LocalDate.of(2011, 11, 14),
                null,
                "Vladivostok",
                null,
                AttributionRule.NONE,
                0);
        assertThat(summary.ordinalWords()).isEqualTo("the third and final meeting");
    }

    @Test
    void ordinalsBeyondTwelveAreWrittenInFigures() {
        assertThat(Ordinals.of(2)).isEqualTo("second");
        assertThat(Ordinals.of(13)).isEqualTo("13th");
        assertThat(Ordinals.of(21)).isEqualTo("21st");
        assertThat(Ordinals.of(22)).isEqualTo("22nd");
        assertThat(Ordinals.of(111)).isEqualTo("111th");
    }

    @Test
    void aLinkSaysWhereItsTargetIsWithoutNamingAnyone() {
        var link = new LinkView(LinkKind.ELABORATES, 5, 2, 2, 2, InterventionKind.ARGUMENT);
        assertThat(MeetingWords.english(link.words()))
                .isEqualTo("elaborates an argument (session 2 of the second meeting)");
        assertThat(MeetingWords.russian(link.words())).isEqualTo("развивает довод (2-я встреча, заседание 2)");
    }

    @Test
    void aLinkNamesItsTargetAsTheVerbWantsIt() {
        var disagreement = new LinkView(LinkKind.DISAGREES_WITH, 5, 2, 14, 3, InterventionKind.ASSESSMENT);
        assertThat(MeetingWords.english(disagreement.words()))
                .isEqualTo("disagrees with an assessment (session 3 of the 14th meeting)");
        assertThat(MeetingWords.russian(disagreement.words()))
                .isEqualTo("оспаривает оценку (14-я встреча, заседание 3)");
        var response = new LinkView(LinkKind.RESPONDS_TO, 5, 2, 1, 1, InterventionKind.GENERAL_DISCUSSION);
        assertThat(MeetingWords.russian(response.words()))
                .isEqualTo("отвечает на общую дискуссию (1-я встреча, заседание 1)");
    }
}
