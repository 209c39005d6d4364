package plenary.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.reports.PublicationView;
import plenary.reports.PublishedReport;
import plenary.reports.VersionSummary;

/** What lists of reports, versions and publications need, read without the documents they keep. */
@Component
public class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the organisation's series of published reports. */
    int nextPublishedNumber() {
        return jdbc.sql("SELECT COALESCE(MAX(published_number), 0) + 1 FROM report")
                .query(Integer.class)
                .single();
    }

    public List<VersionSummary> versions(long reportId) {
        return jdbc.sql("""
                SELECT v.number, v.saved_by, v.saved_at, v.note,
                       (SELECT COUNT(*) FROM report_publication p
                         WHERE p.report_id = v.report_id AND p.version_number = v.number) AS published
                FROM report_version v WHERE v.report_id = :report ORDER BY v.number""")
                .param("report", reportId)
                .query((rs, n) -> new VersionSummary(
                        rs.getInt("number"),
                        rs.getString("saved_by"),
                        instant(rs, "saved_at"),
                        rs.getString("note"),
                        rs.getLong("published") > 0))
                .list();
    }

    /** The report's last publication. */
    public Optional<PublicationView> publication(long reportId) {
        return jdbc.sql("""
                SELECT published_number, published_on, version_number FROM report_publication
                WHERE report_id = :report ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("report", reportId)
                .query((rs, n) -> new PublicationView(
                        rs.getInt("published_number"),
                        rs.getObject("published_on", java.time.LocalDate.class),
                        rs.getInt("version_number")))
                .optional();
    }

    /** Every published report as last published, latest number first. */
    /** The open reviews of these meetings' reports: meeting id, review id, version sent and deadline. */
    public List<OpenReview> openReviews(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT r.meeting_id, v.id, v.version_number, v.deadline FROM report_review v "
                        + "JOIN report r ON r.id = v.report_id WHERE v.closed_at IS NULL AND r.meeting_id IN (:ids) "
                        + "ORDER BY v.deadline, v.id")
                .param("ids", meetingIds)
                .query((rs, n) -> new OpenReview(
                        rs.getLong("meeting_id"),
                        rs.getLong("id"),
                        rs.getInt("version_number"),
                        rs.getObject("deadline", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** An open review of a meeting's report. */
    public record OpenReview(long meetingId, long reviewId, int version, Instant deadline) {}

    public List<PublishedReport> published() {
        return jdbc.sql("""
                SELECT r.meeting_id, p.published_number, p.title, p.subtitle, p.published_on, p.version_number
                FROM report_publication p JOIN report r ON r.id = p.report_id
                WHERE p.id = (SELECT MAX(l.id) FROM report_publication l WHERE l.report_id = p.report_id)
                ORDER BY p.published_number DESC""")
                .query((rs, n) -> new PublishedReport(
                        rs.getLong("meeting_id"),
                        rs.getInt("published_number"),
                        rs.getString("title"),
                        rs.getString("subtitle"),
                        rs.getObject("published_on", java.time.LocalDate.class),
                        rs.getInt("version_number")))
                .list();
    }

    /** The meetings whose report was published at least once. */
    public List<Long> meetingsWithPublications() {
        return jdbc.sql("SELECT r.meeting_id FROM report r"
                        + " WHERE EXISTS (SELECT 1 FROM report_publication p WHERE p.report_id = r.id)")
                .query(Long.class)
                .list();
    }

    /** The document of the report's last publication, or of the publication of one version, as JSON. */
    public Optional<String> publishedDocument(long reportId, @Nullable Integer versionNumber) {
        return publication(reportId, versionNumber).map(PublishedDocument::document);
    }

    /** The publication of the version (the report's last one for null), with its id, as {@link Publishing} kept it. */
    public Optional<PublishedDocument> publication(long reportId, @Nullable Integer versionNumber) {
        // Two statements: PostgreSQL cannot type a parameter that is only ever compared with NULL.
        String sql = versionNumber == null
                ? "SELECT id, document FROM report_publication WHERE report_id = :report "
                        + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY"
                : "SELECT id, document FROM report_publication WHERE report_id = :report AND version_number = :version";
        var statement = jdbc.sql(sql).param("report", reportId);
        if (versionNumber != null) {
            statement = statement.param("version", versionNumber);
        }
        return statement.query(PublishedDocument::of).optional();
    }

    /** A publication's id and its document as JSON. */
    public record PublishedDocument(long id, String document) {

        /** The row's columns {@code id} and {@code document}. */
        static PublishedDocument of(ResultSet row, int number) throws SQLException {
            return new PublishedDocument(row.getLong("id"), row.getString("document"));
        }
    }

    /** By meeting, the document of the last publication of each of these meetings' reports, as JSON, in one read. */
    public Map<Long, String> lastPublishedDocuments(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> documents = new HashMap<>();
        String sql = """
                SELECT r.meeting_id, p.document FROM report r JOIN report_publication p ON p.report_id = r.id
                WHERE r.meeting_id IN (:meetings)
                  AND p.id = (SELECT MAX(l.id) FROM report_publication l WHERE l.report_id = r.id)""";
        jdbc.sql(sql).param("meetings", List.copyOf(meetingIds)).query(rs -> {
            documents.put(rs.getLong("meeting_id"), rs.getString("document"));
        });
        return documents;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        // Only NOT NULL columns are read as instants.
        return Objects.requireNonNull(rs.getObject(column, OffsetDateTime.class), column)
                .toInstant();
    }
}
