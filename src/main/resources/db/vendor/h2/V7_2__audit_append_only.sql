-- H2 refuses any change or deletion of an audit entry, whoever asks (the application included).
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW CALL 'plenary.audit.AppendOnly';
