package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import plenary.documents.Typesetter;
import plenary.meetings.AttributionRule;
import plenary.reports.internal.PublishedFiles;
import plenary.reports.internal.PublishedFilesCatchUp;

/**
 * A published report never changes, so its files are typeset once and then served from the cache with an ETag (its
 * PDF and DOCX kept in the database for every instance); the self-contained HTML document comes with a policy that
 * allows its own style sheet and nothing else.
 */
class PublishedFileTests extends ReportTests {

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient db;

    @Autowired
    PublishedFiles files;

    @Autowired
    PublishedFilesCatchUp catchUp;

    @Test
    void thePublicReadsAPublishedPdfTypesetOnlyOnceAndRevalidatesItWithItsETag() throws Exception {
        long meeting = publishedMeeting();
        String pdf = report(meeting) + "?format=pdf";

        double before = typesettings();
        MockHttpServletResponse first = anonymous(pdf);
        MockHttpServletResponse second = anonymous(pdf);

        assertThat(typesettings() - before).isEqualTo(1.0);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isNotBlank();
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());

        MockHttpServletResponse revalidated = mvc.perform(get(pdf).header("If-None-Match", first.getHeader("ETag")))
                .andReturn()
                .getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aPublishedPdfIsTypesetByItsFirstReaderAndKeptInTheDatabase() throws Exception {
        long meeting = publishedMeeting();

        MockHttpServletResponse typeset = anonymous(report(meeting) + "?format=pdf");

        assertThat(kept(meeting, "pdf")).isEqualTo(typeset.getContentAsByteArray());
        assertThat(formats(meeting)).containsExactly("pdf");
    }

    @Test
    void aFileAnotherInstanceKeptIsServedFromTheDatabaseWithoutTypesetting() throws Exception {
        long meeting = publishedMeeting();
        byte[] another = "%PDF-1.4 kept by another instance".getBytes(StandardCharsets.US_ASCII);
        keep(meeting, "pdf", Typesetter.EDITION, another);
        double before = typesettings();

        MockHttpServletResponse served = anonymous(report(meeting) + "?format=pdf");

        assertThat(served.getContentAsByteArray()).isEqualTo(another);
        assertThat(served.getHeader("ETag")).isEqualTo("\"another\"");
        assertThat(served.getContentType()).isEqualTo("application/pdf");
        assertThat(typesettings() - before).isZero();
    }

    @Test
    void aKeptFileOnceReadIsServedFromThisInstancesCacheWithoutReadingTheDatabaseAgain() throws Exception {
        long meeting = publishedMeeting();
        String docx = report(meeting) + "?format=docx";
        byte[] first = anonymous(docx).getContentAsByteArray();
        // A publication never changes; a row changed by hand shows whether the database was read again.
        db.sql("UPDATE report_publication_file SET content = ? WHERE publication_id = ? AND format = 'docx'")
                .params("changed by hand".getBytes(StandardCharsets.US_ASCII), publication(meeting))
                .update();

        assertThat(anonymous(docx).getContentAsByteArray()).isEqualTo(first);
    }

    @Test
    void aFileOfAnEarlierTypesetterEditionIsTypesetAgainAndKeptInItsPlace() throws Exception {
        long meeting = publishedMeeting();
        byte[] earlier = "an earlier edition's file".getBytes(StandardCharsets.US_ASCII);
        keep(meeting, "docx", Typesetter.EDITION - 1, earlier);

        byte[] served = anonymous(report(meeting) + "?format=docx").getContentAsByteArray();

        assertThat(served).isNotEqualTo(earlier).startsWith('P', 'K'); // a DOCX is a ZIP
        assertThat(kept(meeting, "docx")).isEqualTo(served);
        assertThat(db.sql("SELECT edition FROM report_publication_file WHERE publication_id = ? AND format = ?")
                        .params(publication(meeting), "docx")
                        .query(Integer.class)
                        .list())
                .containsExactly(Typesetter.EDITION);
    }

    @Test
    void draftsAndTheTextFormatsAreNotKept() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        long before = keptFiles();
        assertThat(http.get(report(meeting) + "?format=pdf", world.coChair.basic())
                        .getStatus())
                .isEqualTo(200);
        assertThat(keptFiles()).isEqualTo(before);

        assertThat(publish(meeting, 1, world.coChair.basic()).get("state").asString())
                .isEqualTo("PUBLISHED");
        for (String format : List.of("html", "md", "akn")) {
            anonymous(report(meeting) + "?format=" + format);
        }
        assertThat(keptFiles()).isEqualTo(before);
    }

    @Test
    void theCatchUpTypesetsWhatPublicationsLackOnOneInstanceAtATime() throws Exception {
        long first = publishedMeeting();
        long second = publishedMeeting();
        db.sql("DELETE FROM report_publication_file").update();

        // Another instance holds the catch-up's lease: this one leaves the work to it.
        db.sql("UPDATE instance_lock SET held_until = ?, held_by = 'another instance' WHERE name = 'report-files'")
                .param(Timestamp.from(Instant.now().plusSeconds(600)))
                .update();
        catchUp.run();
        assertThat(keptFiles()).isZero();

        db.sql("UPDATE instance_lock SET held_until = NULL, held_by = NULL WHERE name = 'report-files'")
                .update();
        catchUp.run();
        assertThat(formats(first)).containsExactlyInAnyOrder("pdf", "docx");
        assertThat(formats(second)).containsExactlyInAnyOrder("pdf", "docx");
        double before = typesettings();
        assertThat(files.catchUp(0)).isZero();
        anonymous(report(second) + "?format=pdf");
        assertThat(typesettings() - before).isZero();
    }

    @Test
    void afterAWholePassTheCatchUpLooksOnlyAtNewerPublicationsAndLeavesOlderOnesToTheirReaders() throws Exception {
        long older = publishedMeeting();
        catchUp.run();
        assertThat(formats(older)).containsExactlyInAnyOrder("pdf", "docx");
        db.sql("DELETE FROM report_publication_file WHERE publication_id = ?")
                .param(publication(older))
                .update();
        long newer = publishedMeeting();
        db.sql("DELETE FROM report_publication_file WHERE publication_id = ?")
                .param(publication(newer))
                .update();

        catchUp.run();

        assertThat(formats(newer)).containsExactlyInAnyOrder("pdf", "docx");
        assertThat(formats(older)).isEmpty();
        anonymous(report(older) + "?format=pdf");
        assertThat(formats(older)).containsExactly("pdf");
    }

    @Test
    void theDossierPdfIsTypesetOnceUntilAnotherReportIsPublished() throws Exception {
        publishedMeeting();
        String dossier = "/api/study-groups/" + world.groupId + "/dossier?format=pdf";
        anonymous(dossier);

        double before = typesettings();
        String etag = anonymous(dossier).getHeader("ETag");
        assertThat(typesettings() - before).isEqualTo(0.0);

        publishedMeeting();
        assertThat(anonymous(dossier).getHeader("ETag")).isNotEqualTo(etag);
        assertThat(typesettings() - before).isEqualTo(1.0);
    }

    @Test
    void theHtmlDocumentMayUseItsOwnStyleSheetAndNothingElseInline() throws Exception {
        MockHttpServletResponse html = anonymous(report(publishedMeeting()) + "?format=html");

        String body = html.getContentAsString(StandardCharsets.UTF_8);
        String style = body.substring(body.indexOf("<style>") + "<style>".length(), body.indexOf("</style>"));
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
        assertThat(html.getHeader("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("style-src 'sha256-" + hash + "'")
                .doesNotContain("unsafe-inline");
    }

    private long publishedMeeting() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        assertThat(publish(meeting, 1, world.coChair.basic()).get("state").asString())
                .isEqualTo("PUBLISHED");
        return meeting;
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private long publication(long meeting) {
        String last = "SELECT p.id FROM report_publication p JOIN report r ON r.id = p.report_id "
                + "WHERE r.meeting_id = ? ORDER BY p.id DESC FETCH FIRST 1 ROWS ONLY";
        return db.sql(last).param(meeting).query(Long.class).single();
    }

    private byte[] kept(long meeting, String format) {
        return db.sql("SELECT content FROM report_publication_file WHERE publication_id = ? AND format = ?")
                .params(publication(meeting), format)
                .query((rs, row) -> rs.getBytes(1))
                .single();
    }

    /** A file kept as another instance, or an earlier edition of Plenary, would have kept it. */
    private void keep(long meeting, String format, int edition, byte[] content) {
        db.sql("""
                        INSERT INTO report_publication_file
                            (publication_id, format, edition, content, etag, typeset_at)
                        VALUES (?, ?, ?, ?, '"another"', ?)""")
                .params(publication(meeting), format, edition, content, Timestamp.from(Instant.now()))
                .update();
    }

    private List<String> formats(long meeting) {
        return db.sql("SELECT format FROM report_publication_file WHERE publication_id = ? AND edition = ?")
                .params(publication(meeting), Typesetter.EDITION)
                .query(String.class)
                .list();
    }

    private long keptFiles() {
        return db.sql("SELECT COUNT(*) FROM report_publication_file")
                .query(Long.class)
                .single();
    }

    private double typesettings() {
        return meters.counter("plenary.documents.typeset").count();
    }
}
