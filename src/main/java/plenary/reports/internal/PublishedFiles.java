package plenary.reports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.documents.Document;
import plenary.documents.DocumentFiles;
import plenary.documents.DocumentFiles.TypesetFile;
import plenary.documents.DocumentFormat;
import plenary.documents.Typesetter;

/**
 * A publication's PDF and DOCX, typeset once for every instance and kept in the database (table {@code
 * report_publication_file}): a publication never changes, and these formats take tens of milliseconds to typeset,
 * which a reader of a report no instance had typeset yet used to wait for. The first reader of a publication typesets
 * a file missing and keeps it; {@link #catchUp} typesets ahead of readers what publications lack. A file of another
 * {@link Typesetter#EDITION} counts as missing. Never call these inside a read-only transaction: they write.
 */
@Component
public class PublishedFiles {

    /** The formats kept; the text formats take a few milliseconds and are typeset on demand. */
    public static final Set<DocumentFormat> KEPT = EnumSet.of(DocumentFormat.PDF, DocumentFormat.DOCX);

    private static final Logger log = LoggerFactory.getLogger(PublishedFiles.class);

    /** Publications read in one statement by the catch-up. */
    private static final int BATCH = 20;

    private final JdbcClient db;
    private final DocumentFiles files;
    private final ReportJson json;

    PublishedFiles(JdbcClient db, DocumentFiles files, ReportJson json) {
        this.db = db;
        this.files = files;
        this.json = json;
    }

    /** The publication's file in a {@link #KEPT} format: the one kept, or typeset now and kept from now on. */
    public TypesetFile file(long publication, Document document, DocumentFormat format) {
        return kept(publication, format).orElseGet(() -> keep(publication, format, files.typeset(format, document)));
    }

    /** The id of the newest publication, or 0 without any: what {@link #catchUp(long)} looked at, when it is done. */
    public long newestPublication() {
        return db.sql("SELECT COALESCE(MAX(id), 0) FROM report_publication")
                .query(Long.class)
                .single();
    }

    /**
     * Typesets and keeps what the publications after the id {@code after} lack, newest first (the likeliest to be
     * read), until none lacks any. A publication whose document fails to typeset is logged and passed over. Returns
     * the publications typeset.
     */
    public int catchUp(long after) {
        int typeset = 0;
        long below = Long.MAX_VALUE;
        List<ReportQueries.PublishedDocument> batch;
        while (!(batch = lacking(after, below)).isEmpty()) {
            for (ReportQueries.PublishedDocument publication : batch) {
                below = publication.id();
                try {
                    Document document = json.read(publication.document());
                    KEPT.forEach(format -> file(publication.id(), document, format));
                    typeset++;
                } catch (RuntimeException e) {
                    log.warn("The files of publication {} could not be typeset: {}", publication.id(), e.toString());
                }
            }
        }
        return typeset;
    }

    private Optional<TypesetFile> kept(long publication, DocumentFormat format) {
        return db.sql("""
                        SELECT content, etag FROM report_publication_file
                        WHERE publication_id = ? AND format = ? AND edition = ?""")
                .params(publication, format.extension(), Typesetter.EDITION)
                .query((rs, row) -> new TypesetFile(rs.getBytes("content"), rs.getString("etag")))
                .optional();
    }

    private TypesetFile keep(long publication, DocumentFormat format, TypesetFile file) {
        db.sql("DELETE FROM report_publication_file WHERE publication_id = ? AND format = ? AND edition <> ?")
                .params(publication, format.extension(), Typesetter.EDITION)
                .update();
        try {
            db.sql("""
                            INSERT INTO report_publication_file
                                (publication_id, format, edition, content, etag, typeset_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            publication,
                            format.extension(),
                            Typesetter.EDITION,
                            file.bytes(),
                            file.etag(),
                            Timestamp.from(Instant.now()))
                    .update();
        } catch (DuplicateKeyException e) {
            // Another reader or instance kept it first: the same document typesets to the same bytes.
        }
        return file;
    }

    private List<ReportQueries.PublishedDocument> lacking(long after, long below) {
        return db.sql("""
                        SELECT p.id, p.document FROM report_publication p
                        WHERE p.id > :after AND p.id < :below AND (SELECT COUNT(*) FROM report_publication_file f
                                                 WHERE f.publication_id = p.id AND f.edition = :edition) < :kept
                        ORDER BY p.id DESC FETCH FIRST :batch ROWS ONLY""")
                .param("after", after)
                .param("below", below)
                .param("edition", Typesetter.EDITION)
                .param("kept", KEPT.size())
                .param("batch", BATCH)
                .query(ReportQueries.PublishedDocument::of)
                .list();
    }
}
