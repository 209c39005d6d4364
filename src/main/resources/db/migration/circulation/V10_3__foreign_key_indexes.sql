-- PostgreSQL does not index a foreign key by itself, as H2 does: without these a join or a delete through the key
-- reads the whole table (plenary.ForeignKeyIndexTests reads the catalog for any foreign key left without one).
CREATE INDEX IF NOT EXISTS circulation_comment_by_recipient ON circulation_comment (recipient_id);
CREATE INDEX IF NOT EXISTS circulation_comment_by_reply_to ON circulation_comment (reply_to);
CREATE INDEX IF NOT EXISTS circulation_amendment_by_recipient ON circulation_amendment (recipient_id);
CREATE INDEX IF NOT EXISTS circulation_support_by_amendment ON circulation_support (amendment_id);
