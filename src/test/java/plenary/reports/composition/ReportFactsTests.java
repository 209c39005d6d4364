package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.meetings.InterventionKind.ARGUMENT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.documents.Document;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;

/** The facts a report states: when, how many came, thanks, sessions and tasks. Expected texts written by hand. */
class ReportFactsTests {

    private final RecordFixture record = new RecordFixture();
    private final long smith = record.person("John Smith", Nationality.US, Pronoun.HE, null, Capacity.PARTICIPANT);

    @Test
    void aTwoDayMeetingIsReportedOnBothDays() {
        record.days(LocalDate.of(2014, 6, 3), LocalDate.of(2014, 6, 4)).session("One", "reviewed a");

        Document report = record.report(AttributionRule.NONE);

        assertThat(report.subtitle()).isEqualTo("3–4 June 2014, Singapore, Singapore");
        assertThat(record.text(AttributionRule.NONE))
                .startsWith("The second meeting of the Study Group on Maritime Cooperation was held in Singapore, "
                        + "Singapore, on 3 and 4 June 2014.");
    }

    @Test
    void aMeetingAcrossTheEndOfAMonthNamesBothMonths() {
        record.days(LocalDate.of(2014, 6, 30), LocalDate.of(2014, 7, 1)).session("One", "reviewed a");

        assertThat(record.report(AttributionRule.NONE).subtitle())
                .isEqualTo("30 June – 1 July 2014, Singapore, Singapore");
        assertThat(record.text(AttributionRule.NONE)).contains("on 30 June and 1 July 2014.");
    }

    @Test
    void noSentenceOpensWithAFigure() {
        record.attendance(26, 11, AttendanceQualifier.EXACTLY).session("One", "reviewed a");
        record.say(null, ARGUMENT, "12 participants argued that the talks had failed.", null);

        assertThat(record.text(AttributionRule.NONE))
                .contains(" Twenty-six experts from 11 member committees participated in the meeting.")
                .contains("\nTwelve participants argued that the talks had failed.\n");
    }

    @Test
    void thanksAreGivenOnlyWhereTheRecordSaysSo() {
        record.host("CSCAP-Singapore").coChairs(smith).session("One", "reviewed a");

        assertThat(record.text(AttributionRule.NONE)).doesNotContain("thank", "hospitality");

        record.courtesy("The Co-Chair thanked CSCAP-Singapore for hosting the meeting");
        assertThat(record.text(AttributionRule.NONE))
                .contains(
                        "participated in the meeting. The Co-Chair thanked CSCAP-Singapore for hosting the meeting.\n");
    }

    @Test
    void aSessionHeldAsAnOpenDiscussionIsSaidToBeOne() {
        for (int i = 1; i <= 12; i++) {
            record.session("Theme " + i, "dealt with theme " + i);
        }
        record.session("Open Discussion");

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nThe thirteenth session was an open discussion.\n")
                .doesNotContain("13th");
    }

    @Test
    void theSoleSessionOfAMeetingIsTheSession() {
        record.session("One", "examined online recruitment");

        assertThat(record.text(AttributionRule.NONE))
                .contains("\nThe meeting was held in one session.\nThe session examined online recruitment.\n");
    }

    @Test
    void aMeetingThatSetNoTaskHasNoHeadingForOne() {
        record.session("One", "reviewed a");

        Document report = record.report(AttributionRule.NONE);

        assertThat(report.contents()).extracting(Document.Section::heading).containsExactly("Summary");
        assertThat(record.text(AttributionRule.NONE)).doesNotContain("no further task");
    }

    @Test
    void tasksHaveTheirHeading() {
        record.session("One", "reviewed a");
        record.nextTask("The Co-Chairs will draft a memorandum.").nextTask("3 members will write papers.");

        Document report = record.report(AttributionRule.NONE);

        assertThat(report.contents()).extracting(Document.Section::heading).containsExactly("Summary", "Next Tasks");
        assertThat(record.text(AttributionRule.NONE)).endsWith("\nThree members will write papers.\n");
    }
}
