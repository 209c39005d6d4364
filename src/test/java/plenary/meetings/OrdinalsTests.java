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
        assertThat(link.words()).isEqualTo("elaborates an argument (session 2 of the second meeting)");
    }
}
