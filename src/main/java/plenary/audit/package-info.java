/**
 * The audit log: an append-only record of sign-ins, failed sign-ins, locks and their lifting, accounts made,
 * deleted and given other roles, reports published, and exports of restricted records (drafts of reports, named
 * records of meetings held without names, backups of the whole instance), shown to the secretariat at {@code /audit}
 * and {@code GET /api/audit}.
 * <p>
 * It only listens: nothing depends on it, and nothing in it changes or deletes an entry (its store has no such
 * method, and the database refuses both, by trigger). Each entry is chained to the one before by a SHA-256 hash,
 * so that what is changed in the database behind Plenary's back is found by {@link plenary.audit.AuditChain}.
 * It has no bean for other modules: {@code AuditTrail} hears their events and appends to {@code AuditLog}, the
 * store, and {@code AuditEntries} reads the log for the module's own page and API. Its public types are the
 * records that page shows, and {@code AppendOnly}, the trigger H2 calls by name.
 * <p>
 * Events of a change (sign-ins, locks, accounts, publications) are published in the change's transaction and
 * heard with {@code @ApplicationModuleListener}: after commit, so that what did not happen is not recorded; on a
 * thread of its own, so that the audit never slows or fails the change; and kept in the event publication
 * registry, so that an entry is not lost when the append fails or Plenary stops in between (it is appended when
 * the publication is resubmitted, at the latest on restart). The log's id is therefore the order of appending,
 * which may differ from the order of the events (those of one transaction are heard in any order), and the hash
 * chain follows it. An entry's time is when the action happened: the time its event carries (every event on a
 * memorandum does, set by the module that published it), else the time it was appended (for the other events, and
 * for an event on a memorandum an earlier version of Plenary left in the registry). A memorandum's history is read
 * by time, the secretariat's page by the order of appending.
 * Exports happen in read-only transactions, where the registry cannot write (PostgreSQL refuses an
 * insert in a read-only transaction) and after-commit is meaningless: they are heard at once, in a transaction
 * of their own, before the file leaves, so that no restricted record goes out unrecorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@NullMarked
package plenary.audit;

import org.jspecify.annotations.NullMarked;
