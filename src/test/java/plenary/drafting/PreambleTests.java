package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.drafting.MeetingFixture.meeting;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.meetings.MeetingSummary;

/** The preamble says which meetings the study group held, where and when. */
class PreambleTests {

    private static final String SEED_GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    @Test
    void aGroupWithoutMeetingsHasHeldNoneYet() {
        assertThat(Preamble.of(SEED_GROUP, List.of()))
                .isEqualTo("The CSCAP Study Group on Multilateral Security Governance in Northeast Asia has held no "
                        + "meetings yet.");
    }

    @Test
    void oneMeetingIsTheGroupsOwn() {
        MeetingSummary first = meeting(1, "Kuala Lumpur", Nationality.MY, LocalDate.of(2012, 3, 5))
                .summary();

        assertThat(Preamble.of("The Study Group on Maritime Cooperation", List.of(first)))
                .isEqualTo("The Study Group on Maritime Cooperation held its first meeting in Kuala Lumpur, Malaysia, "
                        + "on 5 March 2012.");
    }

    @Test
    void aSingleFinalMeetingOfTwoDaysSaysBothDays() {
        MeetingSummary only = meeting(1, "Manila", Nationality.PH, LocalDate.of(2012, 3, 14))
                .until(LocalDate.of(2012, 3, 15))
                .finalOne()
                .summary();

        assertThat(Preamble.of(SEED_GROUP, List.of(only)))
                .isEqualTo("The CSCAP Study Group on Multilateral Security Governance in Northeast Asia held its first "
                        + "and final meeting in Manila, Philippines, on 14 and 15 March 2012.");
    }

    @Test
    void threeMeetingsAreListedInTheOrderOfTheSeriesTheLastOneFinal() {
        List<MeetingSummary> series = List.of(
                meeting(1, "Seoul", Nationality.KR, LocalDate.of(2010, 11, 29)).summary(),
                meeting(2, "Beijing", Nationality.CN, LocalDate.of(2011, 5, 23)).summary(),
                meeting(3, "Vladivostok", Nationality.RU, LocalDate.of(2011, 11, 14))
                        .finalOne()
                        .summary());

        assertThat(Preamble.of(SEED_GROUP, series))
                .isEqualTo(
                        "The CSCAP Study Group on Multilateral Security Governance in Northeast Asia held three "
                                + "meetings: the first in Seoul, Republic of Korea, on 29 November 2010; the second in Beijing, "
                                + "China, on 23 May 2011; and the third and final in Vladivostok, Russia, on 14 November 2011.");
    }

    @Test
    void twoMeetingsOfSeveralDaysSayFromWhenToWhen() {
        List<MeetingSummary> series = List.of(
                meeting(1, "Tokyo", Nationality.JP, LocalDate.of(2011, 11, 30))
                        .until(LocalDate.of(2011, 12, 2))
                        .summary(),
                meeting(2, "Hanoi", Nationality.VN, LocalDate.of(2012, 4, 10))
                        .until(LocalDate.of(2012, 4, 12))
                        .summary());

        assertThat(Preamble.of(SEED_GROUP, series))
                .isEqualTo("The CSCAP Study Group on Multilateral Security Governance in Northeast Asia held two "
                        + "meetings: the first in Tokyo, Japan, from 30 November to 2 December 2011; and the second in "
                        + "Hanoi, Viet Nam, from 10 to 12 April 2012.");
    }

    @Test
    void aMeetingOverTheNewYearGivesBothYears() {
        assertThat(Preamble.when(LocalDate.of(2011, 12, 30), LocalDate.of(2012, 1, 2)))
                .isEqualTo("from 30 December 2011 to 2 January 2012");
        assertThat(Preamble.when(LocalDate.of(2011, 12, 30), LocalDate.of(2011, 12, 30)))
                .isEqualTo("on 30 December 2011");
    }
}
