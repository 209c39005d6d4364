package plenary.backup;

/** What the backup page says about the instance it would archive: versions, database, folder of stored files. */
public record BackupFacts(String plenaryVersion, String schemaVersion, String database, String files) {}
