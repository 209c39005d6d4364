-- A memorandum's history reads the entries about one subject in the order things happened.
CREATE INDEX audit_entry_subject ON audit_entry (subject, at, id);
