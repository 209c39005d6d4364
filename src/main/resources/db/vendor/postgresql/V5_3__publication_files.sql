-- A publication's PDF and DOCX, typeset once for every instance and every reader: a publication never changes, so
-- neither do its files, and these two formats take tens of milliseconds to typeset (the text formats a few, and
-- stay typeset on demand). Made by the first reader or by the catch-up that follows publications
-- (plenary.reports.internal.PublishedFiles), and again from the publication's document whenever the typesetter's
-- edition changes, so backups leave them out. The key's first column indexes the foreign key.
-- PostgreSQL moves a large BYTEA out of its row by itself (TOAST); H2 needs a BINARY LARGE OBJECT (db/vendor/h2).
CREATE TABLE report_publication_file (
    publication_id BIGINT NOT NULL REFERENCES report_publication (id),
    format         VARCHAR(8) NOT NULL,
    edition        INT NOT NULL,
    content        BYTEA NOT NULL,
    etag           VARCHAR(40) NOT NULL,
    typeset_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (publication_id, format)
);
