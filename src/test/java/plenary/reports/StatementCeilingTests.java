package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.StatementCount;
import plenary.StatementCount.Statements;
import plenary.TestAccounts;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionKind;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.Meetings;
import plenary.meetings.Subjects;

/**
 * The reads of a meeting's record and of what is made from it run a number of SQL statements that does not grow
 * with the record: a ceiling for the demo's Vladivostok meeting (28 interventions), and the same count for a small
 * record and a larger one.
 */
class StatementCeilingTests extends ReportTests {

    @Autowired
    DemoReports demo;

    @Autowired
    MeetingReportSources sources;

    @Autowired
    Meetings meetings;

    /**
     * The statements of a meeting's record, signing in aside: the meeting, its study group, one for everything the
     * meeting holds with the interventions its links point to, the people it names and the host committee; the page
     * one more for the names of the institutions. Issue 13's ceiling.
     */
    static final int RECORD = 6;

    /** The API's export of a named record held under a non-attribution rule is audited: three statements more. */
    static final int AUDITED_EXPORT = 3;

    @Test
    void theVladivostokRecordIsReadInAFixedNumberOfStatementsThroughTheApiAndThePage() throws Exception {
        long vladivostok = demo.vladivostokId();
        Statements api = read("/api/meetings/" + vladivostok, TestAccounts.admin());
        Statements page = read("/meetings/" + vladivostok, TestAccounts.admin());
        assertThat(api.count()).as(api.toString()).isLessThanOrEqualTo(RECORD + AUDITED_EXPORT);
        assertThat(page.count()).as(page.toString()).isLessThanOrEqualTo(RECORD);
    }

    @Test
    void aMeetingsRecordIsReadInTheSameStatementsWhateverItHolds() throws Exception {
        for (AttributionRule rule : List.of(AttributionRule.NAMED, AttributionRule.BY_NATIONALITY)) {
            long meeting = world.meeting(rule);
            List<Statements> small = recordReads(meeting);
            grow(meeting, 6);
            List<Statements> large = recordReads(meeting);
            for (int i = 0; i < small.size(); i++) {
                // The co-chair's export of a named record held under a rule that withholds names is audited.
                int ceiling = i == 0 && rule != AttributionRule.NAMED ? RECORD + AUDITED_EXPORT : RECORD;
                assertThat(large.get(i).count())
                        .as(rule + " read " + i + "\n" + small.get(i) + "\n" + large.get(i))
                        .isEqualTo(small.get(i).count())
                        .isLessThanOrEqualTo(ceiling);
            }
        }
    }

    /**
     * A report's sources: the meeting's record (as above, without the page's institutions), the study group, the
     * committees, the people the report may name, the institutions its interventions name and the group's meetings.
     */
    static final int SOURCES = 10;

    @Test
    void aReportsSourcesAreReadInTheSameStatementsWhateverTheRecordHolds() throws Exception {
        long meeting = world.meeting(AttributionRule.BY_NATIONALITY);
        Statements small = StatementCount.of(() -> sources.of(meeting));
        grow(meeting, 6);
        Statements large = StatementCount.of(() -> sources.of(meeting));
        assertThat(large.count()).as(small + "\n" + large).isEqualTo(small.count());
        assertThat(large.count()).as(large.toString()).isLessThanOrEqualTo(SOURCES);
    }

    /**
     * Publishing reads the record once, as the report's sources do (the access check judged from it), and the
     * report, its versions and reviews; it must not grow with the record. Issue 13's ceiling.
     */
    static final int PUBLICATION = 25;

    @Test
    void aReportIsPublishedInTheSameStatementsWhateverTheRecordHolds() throws Exception {
        long small = world.meeting(AttributionRule.NONE);
        long large = world.meeting(AttributionRule.NONE);
        grow(large, 6);
        draft(small);
        draft(large);
        Statements first = StatementCount.of(() -> publish(small, 1, world.coChair.basic()))
                .withoutSigningIn();
        Statements second = StatementCount.of(() -> publish(large, 1, world.coChair.basic()))
                .withoutSigningIn();
        assertThat(second.count()).as(first + "\n" + second).isEqualTo(first.count());
        assertThat(second.count()).as(second.toString()).isLessThanOrEqualTo(PUBLICATION);
    }

    /**
     * A published report downloaded by one who neither keeps the record nor took part: the report, its publication,
     * and the access checks (the meeting, its study group and participants; the reader's meetings), never the
     * meeting's whole record, which each download read before to learn whether the reader took part.
     */
    @Test
    void aPublishedReportIsDownloadedWithoutReadingTheMeetingsRecord() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        publish(meeting, 1, world.coChair.basic());
        String download = "/api/meetings/" + meeting + "/report?format=md";
        Statements small = read(download, world.outsider.basic());
        grow(meeting, 6);
        Statements large = read(download, world.outsider.basic());
        assertThat(large.count()).as(small + "\n" + large).isEqualTo(small.count());
        assertThat(large.sql()).as(large.toString()).noneMatch(sql -> sql.contains("AS kind"));
        assertThat(large.count()).as(large.toString()).isLessThanOrEqualTo(7);
    }

    /** The dossier: the group, its meetings (and the group again), their reports' last publications, memoranda. */
    @Test
    void theDossierIsReadInTheSameStatementsWhateverTheGroupHolds() throws Exception {
        long first = world.meeting(AttributionRule.NONE);
        draft(first);
        publish(first, 1, world.coChair.basic());
        String dossier = "/api/study-groups/" + world.groupId + "/dossier?format=html";
        Statements small = read(dossier, null);
        for (int i = 0; i < 2; i++) {
            long more = world.meeting(AttributionRule.NONE);
            grow(more, 3);
            draft(more);
            publish(more, 1, world.coChair.basic());
        }
        Statements large = read(dossier, null);
        assertThat(large.count()).as(small + "\n" + large).isEqualTo(small.count());
        assertThat(large.count()).as(large.toString()).isLessThanOrEqualTo(5);
    }

    /** The record through the API and the page by a co-chair, and through the API by one who was not there. */
    private List<Statements> recordReads(long meeting) throws Exception {
        return List.of(
                read("/api/meetings/" + meeting, world.coChair.basic()),
                read("/meetings/" + meeting, world.coChair.basic()),
                read("/api/meetings/" + meeting, world.outsider.basic()));
    }

    /** The statements of a request, after the same request once (the first of an account records its sign-in). */
    private Statements read(String path, @Nullable RequestPostProcessor who) throws Exception {
        http.get(path, who);
        return StatementCount.of(
                        () -> assertThat(http.get(path, who).getStatus()).isEqualTo(200))
                .withoutSigningIn();
    }

    /** Adds interventions by the meeting's speaker and participant to its first session. */
    private void grow(long meeting, int interventions) {
        MeetingRecord record =
                ReportWorld.system(() -> meetings.record(new MeetingId(meeting)).orElseThrow());
        long session = record.sessions().get(0).id();
        for (int i = 0; i < interventions; i++) {
            long speaker = (i % 2 == 0 ? world.speaker : world.participant)
                    .person()
                    .id()
                    .value();
            int n = i;
            ReportWorld.system(() -> modules.interventions()
                    .create(
                            new MeetingId(meeting),
                            new InterventionForm(
                                    session,
                                    null,
                                    speaker,
                                    InterventionKind.ARGUMENT,
                                    "argued the point numbered " + n + " on the talks.",
                                    null,
                                    null,
                                    Subjects.none(),
                                    List.of(),
                                    null,
                                    null)));
        }
    }
}
