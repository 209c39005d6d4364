package plenary.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumView;

/**
 * A memorandum's history: every action on it the audit log holds, oldest first, for whoever may read the
 * memorandum. The entries are the log's own, so nothing here can change or remove one.
 */
@Service
class MemorandumHistory {

    private final AuditLog log;
    private final Memoranda memoranda;

    MemorandumHistory(AuditLog log, Memoranda memoranda) {
        this.log = log;
        this.memoranda = memoranda;
    }

    /** The memorandum (refused to whoever may not read it) and its history. */
    History of(long memorandumId) {
        MemorandumView memorandum = memoranda.find(memorandumId);
        return new History(memorandum, log.about(subject(memorandumId)));
    }

    /** How the audit log names a memorandum as the subject of an entry. */
    static String subject(Object memorandumId) {
        return "memorandum " + memorandumId;
    }

    /** A memorandum with the entries about it. */
    record History(MemorandumView memorandum, List<AuditEntry> entries) {}
}
