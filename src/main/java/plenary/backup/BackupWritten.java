package plenary.backup;

import java.time.Instant;

/**
 * An archive of the whole instance was written for an account: who took it, when, at which schema version
 * and with how many rows, so that an audit trail can say who took a copy of everything.
 */
public record BackupWritten(String account, Instant at, String schemaVersion, long rows) {}
