package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import plenary.meetings.AttributionRule;

/**
 * A study group's public page lists each published report of its meetings, in the order of the series, linking
 * to the published report; the reports module answers it through the study groups' {@code PublishedReportsOfGroup}.
 */
class GroupPageReportsTests extends ReportTests {

    @Test
    void theGroupsPageLinksEachPublishedReportInTheOrderOfItsMeetings() throws Exception {
        long first = world.meeting(AttributionRule.NONE);
        long unpublished = world.meeting(AttributionRule.NONE);
        long third = world.meeting(AttributionRule.NONE);
        for (long meeting : new long[] {first, unpublished, third}) {
            draft(meeting);
        }
        // The third meeting's report is published first: the page keeps the order of the meetings, not of numbers.
        int thirdNumber = publish(third, 1, world.coChair.basic())
                .get("published")
                .get("number")
                .asInt();
        int firstNumber = publish(first, 1, world.coChair.basic())
                .get("published")
                .get("number")
                .asInt();

        String english = page("en");
        String today = LocalDate.now().toString();
        assertThat(english)
                .contains("<h3 id=\"published-reports\">Published reports</h3>")
                .contains("<a href=\"/reports/" + first + "\">Report no. " + firstNumber + ": ")
                .contains("<a href=\"/reports/" + third + "\">Report no. " + thirdNumber + ": ")
                .contains("<time datetime=\"" + today + "\">")
                .doesNotContain("href=\"/reports/" + unpublished + "\"")
                .doesNotContain("No report of the group's meetings is published yet.");
        assertThat(english.indexOf("href=\"/reports/" + first + "\""))
                .isLessThan(english.indexOf("href=\"/reports/" + third + "\""));

        assertThat(page("ru"))
                .contains("<h3 id=\"published-reports\">Опубликованные отчёты</h3>")
                .contains("<a href=\"/reports/" + first + "\">Отчёт № " + firstNumber + ": ")
                .contains("<a href=\"/reports/" + third + "\">Отчёт № " + thirdNumber + ": ")
                .doesNotContain("href=\"/reports/" + unpublished + "\"");
    }

    @Test
    void aGroupWithoutAPublishedReportSaysSo() throws Exception {
        long group = new ReportWorld(accounts, modules).groupId;
        assertThat(page(group, "en"))
                .contains("No report of the group's meetings is published yet.")
                .doesNotContain("href=\"/reports/");
        assertThat(page(group, "ru")).contains("Отчёты о встречах группы ещё не опубликованы.");
    }

    private String page(String language) throws Exception {
        return page(world.groupId, language);
    }

    private String page(long group, String language) throws Exception {
        return mvc.perform(get("/study-groups/" + group).header("Accept-Language", language))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
